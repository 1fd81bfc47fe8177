import { deviceWarning } from '../../../shared/device/warning-text';
import type { Message } from '../../../shared/text/message';
import type { AbortSignalLike } from '../../../shared/api/abort';
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptySnapshot, SiSnapshotSchema, type SiSnapshot } from '../../../shared/hardware/si-snapshot';

export interface ProbeResult {
  snapshot: SiSnapshot | null;
  warnings: Message[];
}

/** Starts the probe in another process and resolves with its one message; the Electron shell swaps in utilityProcess. */
export type ProbePart = 'system' | 'graphics';
export type ProbeLauncher = (options: { part: ProbePart; timeoutMs: number; env: NodeJS.ProcessEnv; signal?: AbortSignalLike }) => Promise<unknown>;

/** The probe script beside this module (source tree) or beside the bundle (out/main). */
export function probeChildPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const path = join(here, 'si-probe-child.mjs');
  if (!existsSync(path)) throw new Error(`si-probe-child.mjs not found next to ${here}`);
  return path;
}

/** Node launcher: child_process.fork in its own process group, killed (with anything it started) at the deadline. */
export const forkLauncher: ProbeLauncher = ({ part, timeoutMs, env, signal }) =>
  new Promise((resolve, reject) => {
    const child = fork(probeChildPath(), [part], {
      env,
      execArgv: [],
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


async function probePart(launcher: ProbeLauncher, part: ProbePart, options: ProbeOptions): Promise<{ data: Partial<SiSnapshot> | null; warning: Message | null }> {
  try {
    const message = await launcher({ ...options, part });
    const parsed = SiSnapshotSchema.partial().safeParse(message);
    if (!parsed.success) return { data: null, warning: deviceWarning(part === 'system' ? 'si-shape-system' : 'si-shape-graphics') };
    return { data: parsed.data, warning: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { data: null, warning: deviceWarning(part === 'system' ? 'si-failed-system' : 'si-failed-graphics', { detail: reason.slice(0, 200) }) };
  }
}

interface ProbeOptions {
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignalLike;
}

/** Two probes in parallel, so a graphics listing stuck on a hung nvidia-smi does not cost the CPU/RAM/disk facts. */
export async function probeSystem(launcher: ProbeLauncher, options: ProbeOptions): Promise<ProbeResult> {
  const [system, graphics] = await Promise.all([probePart(launcher, 'system', options), probePart(launcher, 'graphics', options)]);
  const warnings = [system.warning, graphics.warning].filter((w): w is Message => w !== null);
  if (!system.data && !graphics.data) return { snapshot: null, warnings };
  return { snapshot: { ...emptySnapshot, ...system.data, ...graphics.data }, warnings };
}
