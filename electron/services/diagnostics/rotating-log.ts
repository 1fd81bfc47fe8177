import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readTailSync } from '../files/read-bounded';
import { redactSecrets } from './redact';

export interface RotatingLog {
  /** The folder the log files live in (the app's data folder / logs). */
  dir: string;
  write(level: 'error' | 'warn' | 'info', message: string): void;
  /** The last `lines` lines, newest last, across the current and the previous file. */
  tail(lines: number): string[];
}

export interface LogOptions {
  maxBytes?: number;
  /** Rotated files kept besides the current one. */
  keep?: number;
  home?: string | null;
  now?: () => Date;
}

const MAX_LINE = 4000;

/**
 * Main-process errors to disk, synchronously (the process may be about to die), in rigshift.log with at most `keep`
 * older files (rigshift.1.log is the newest of them). Every line is redacted first; a log that cannot be written
 * never takes the app down with it.
 */
export function openRotatingLog(dir: string, options: LogOptions = {}): RotatingLog {
  const maxBytes = options.maxBytes ?? 256 * 1024;
  const keep = options.keep ?? 3;
  const file = (n: number): string => join(dir, n === 0 ? 'rigshift.log' : `rigshift.${n}.log`);
  const rotate = (): void => {
    rmSync(file(keep), { force: true });
    for (let n = keep - 1; n >= 0; n--) if (existsSync(file(n))) renameSync(file(n), file(n + 1));
  };
  return {
    dir,
    write(level, message) {
      try {
        mkdirSync(dir, { recursive: true });
        const line = `${(options.now ?? (() => new Date()))().toISOString()} ${level.toUpperCase()} ${redactSecrets(message, options.home ?? null).replace(/\r?\n/g, ' ⏎ ').slice(0, MAX_LINE)}\n`;
        if (existsSync(file(0)) && statSync(file(0)).size + line.length > maxBytes) rotate();
        appendFileSync(file(0), line, { mode: 0o600 });
      } catch {
        // Nowhere left to report a failing log; the app carries on.
      }
    },
    tail(lines) {
      // Only the last maxBytes of each file: one that grew past its limit (or was swapped for a device) is never read whole.
      const read = (n: number): string[] => {
        try {
          return existsSync(file(n)) ? readTailSync(file(n), maxBytes).toString('utf8').split('\n').filter(Boolean) : [];
        } catch {
          return [];
        }
      };
      return [...read(1), ...read(0)].slice(-lines);
    },
  };
}
