import type { RotatingLog } from './rotating-log';

/** What Electron's webContents offers for this (a fake in tests). */
export interface RendererHost {
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string; exitCode: number }) => void): unknown;
  reload(): void;
}

export interface ReloadPolicy {
  /** Reloads allowed within `windowMs`; past that the window stays as it is (a renderer crashing on load would loop). */
  maxReloads?: number;
  windowMs?: number;
  now?: () => number;
}

/** A crashed renderer (killed, out of memory, GPU fault) is logged and the window reloads, a few times at most. */
export function reloadOnRendererCrash(host: RendererHost, log: RotatingLog, policy: ReloadPolicy = {}): void {
  const maxReloads = policy.maxReloads ?? 3;
  const windowMs = policy.windowMs ?? 60_000;
  const now = policy.now ?? Date.now;
  const recent: number[] = [];
  host.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    const at = now();
    while (recent.length > 0 && (recent[0] ?? 0) <= at - windowMs) recent.shift();
    if (recent.length >= maxReloads) {
      log.write('error', `renderer gone (${details.reason}, exit ${details.exitCode}); not reloading: ${maxReloads} reloads in ${windowMs / 1000} s already`);
      return;
    }
    recent.push(at);
    log.write('error', `renderer gone (${details.reason}, exit ${details.exitCode}); reloading the window`);
    host.reload();
  });
}
