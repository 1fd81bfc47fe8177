import type { RotatingLog } from './rotating-log';

/** The part of `process` this needs (a fake in tests). */
export interface ErrorSource {
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

const describe = (reason: unknown): string => (reason instanceof Error ? `${reason.name}: ${reason.message}\n${reason.stack ?? ''}` : String(reason));

/**
 * Unexpected main-process errors go to the rotating log instead of vanishing. The desktop app carries on (its window
 * stays usable); a headless server passes `exit` and stops after logging, as Node would have.
 */
export function logProcessErrors(source: ErrorSource, log: RotatingLog, exit?: (code: number) => void): void {
  source.on('uncaughtException', (error) => {
    log.write('error', `uncaught exception: ${describe(error)}`);
    exit?.(1);
  });
  source.on('unhandledRejection', (reason) => log.write('error', `unhandled rejection: ${describe(reason)}`));
}
