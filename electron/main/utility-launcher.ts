import { utilityProcess } from 'electron';
import type { ProbeLauncher } from '../services/hardware/si-probe';

/** Electron's replacement for child_process.fork (the RunAsNode fuse is off in packaged builds). */
export function utilityLauncher(childPath: string): ProbeLauncher {
  return ({ part, timeoutMs, env, signal }) =>
    new Promise((resolve, reject) => {
      const child = utilityProcess.fork(childPath, [part], { env, serviceName: 'RigShift hardware probe', stdio: 'ignore' });
      let settled = false;
      const finish = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        child.kill();
        fn();
      };
      const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeoutMs} ms`))), timeoutMs);
      signal?.addEventListener('abort', () => finish(() => reject(new Error('cancelled'))), { once: true });
      child.once('message', (message: unknown) => finish(() => resolve(message)));
      child.once('exit', (code: number) => finish(() => reject(new Error(`exited with code ${code} before answering`))));
    });
}
