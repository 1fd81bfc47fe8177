import type { AbortSignalLike } from '../../../shared/api/abort';
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SiSnapshotSchema, type SiSnapshot } from '../../../shared/hardware/si-snapshot';

export interface ProbeResult {
  snapshot: SiSnapshot | null;
  warning: string | null;
}

/** Starts the probe in another process and resolves with its one message; the Electron shell swaps in utilityProcess. */
export type ProbeLauncher = (options: { timeoutMs: number; env: NodeJS.ProcessEnv; signal?: AbortSignalLike }) => Promise<unknown>;

export function probeChildPath(): { path: string; isTypeScript: boolean } {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of ['si-probe-child.js', 'si-probe-child.ts']) {
    const path = join(here, candidate);
    if (existsSync(path)) return { path, isTypeScript: candidate.endsWith('.ts') };
  }
  throw new Error(`si-probe-child not found next to ${here}`);
}

/** Node launcher: child_process.fork in its own process group, killed (with anything it started) at the deadline. */
export const forkLauncher: ProbeLauncher = ({ timeoutMs, env, signal }) =>
  new Promise((resolve, reject) => {
    const { path, isTypeScript } = probeChildPath();
    const child = fork(path, [], {
      env,
      execArgv: isTypeScript ? ['--import', 'tsx'] : [],
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      detached: process.platform !== 'win32',
    });
    let settled = false;
    const stop = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already exited
      }
      child.unref();
    };
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      stop();
      fn();
    };
    const onAbort = (): void => settle(() => reject(new Error('cancelled')));
    const timer = setTimeout(() => settle(() => reject(new Error(`timed out after ${timeoutMs} ms`))), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    child.once('message', (message) => settle(() => resolve(message)));
    child.once('error', (error) => settle(() => reject(error)));
    child.once('exit', (code) => settle(() => reject(new Error(`exited with code ${code ?? '?'} before answering`))));
  });

export async function probeSystem(launcher: ProbeLauncher, options: { timeoutMs: number; env: NodeJS.ProcessEnv; signal?: AbortSignalLike }): Promise<ProbeResult> {
  try {
    const message = await launcher(options);
    const parsed = SiSnapshotSchema.safeParse(message);
    if (!parsed.success) return { snapshot: null, warning: 'systeminformation returned data in an unexpected shape; CPU, RAM, disk and OS are unknown.' };
    return { snapshot: parsed.data, warning: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { snapshot: null, warning: `System probe (systeminformation) failed: ${reason}. CPU, RAM, disk and OS details are unknown.` };
  }
}
