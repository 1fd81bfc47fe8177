import type { AbortSignalLike } from '../../../shared/api/abort';
import { spawn } from 'node:child_process';

export interface CommandResult {
  /** Exit code 0 and not timed out. */
  ok: boolean;
  stdout: string;
  stderr: string;
  exitCode: number | null;
  timedOut: boolean;
  /** Spawn error, e.g. "ENOENT" when the tool is not installed. */
  spawnError: string | null;
}

export interface RunOptions {
  timeoutMs: number;
  /** Output beyond this is dropped (a runaway tool cannot fill memory). */
  maxBytes?: number;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignalLike;
}

/**
 * Runs a tool with fixed arguments (no shell) and a hard deadline. On timeout the whole process group is
 * killed and the promise resolves at once, even if a grandchild still holds the pipes or the process is stuck
 * in the kernel (a hung nvidia-smi on a rig with a dead riser).
 */
export function runCommand(file: string, args: readonly string[], options: RunOptions): Promise<CommandResult> {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let settled = false;
    const child = spawn(file, args, {
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
      windowsHide: true,
    });
    const finish = (result: Omit<CommandResult, 'stdout' | 'stderr'>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      child.stdout?.destroy();
      child.stderr?.destroy();
      child.unref();
      resolve({ ...result, stdout, stderr });
    };
    const kill = (): void => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const onAbort = (): void => {
      kill();
      finish({ ok: false, exitCode: null, timedOut: false, spawnError: 'aborted' });
    };
    const timer = setTimeout(() => {
      kill();
      finish({ ok: false, exitCode: null, timedOut: true, spawnError: null });
    }, options.timeoutMs);
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout?.on('data', (chunk: Buffer) => {
      if (stdout.length < maxBytes) stdout += chunk.toString('utf8').slice(0, maxBytes - stdout.length);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 64 * 1024) stderr += chunk.toString('utf8').slice(0, 64 * 1024 - stderr.length);
    });
    child.on('error', (error: NodeJS.ErrnoException) => finish({ ok: false, exitCode: null, timedOut: false, spawnError: error.code ?? error.message }));
    child.on('close', (code) => finish({ ok: code === 0, exitCode: code, timedOut: false, spawnError: null }));
  });
}
