import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';

/**
 * A cross-process lock file (O_EXCL create, holding pid, time and a token), so the CLI, serve and the app never
 * read-modify-write the settings at the same time. Written here rather than taking proper-lockfile: that one is
 * not installed, its synchronous API (the settings API is synchronous) cannot wait and retry, and this is ~100 lines.
 * Sections under it last milliseconds; a lock whose holder is dead, or that is older than `staleMs`, is taken over.
 */
export interface LockOptions {
  /** A lock older than this is abandoned even if its pid is alive (pid reuse, a hung process). */
  staleMs?: number;
  /** Tries before giving up with LockTimeoutError; with the backoff below, at most about 10 s in all. */
  tries?: number;
  isAlive?: (pid: number) => boolean;
  sleep?: (ms: number) => void;
}

export class LockTimeoutError extends Error {}

interface Holder {
  pid: number;
  at: number;
  token: string;
}

const sleepSync = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): Holder | null {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof data.pid === 'number' && typeof data.at === 'number' && typeof data.token === 'string' ? (data as Holder) : null;
  } catch {
    return null;
  }
}

function tryCreate(path: string, holder: Holder): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error; // EACCES, EROFS, ENOTDIR…: the folder cannot be written, the caller decides.
  }
  try {
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Removes a lock judged stale, unless another process replaced it meanwhile (then it is put back). */
function takeOver(path: string, judged: Holder | null, self: Holder): void {
  const aside = `${path}.stale-${self.token}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // Already gone: someone else took it over.
  }
  const moved = readHolder(aside);
  if (moved?.token !== judged?.token) {
    try {
      linkSync(aside, path); // Someone's fresh lock: restore it (fails if a third one exists, which is then theirs).
    } catch {
      /* nothing to restore over */
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    /* already removed */
  }
}

function isStale(path: string, holder: Holder | null, now: number, staleMs: number, isAlive: (pid: number) => boolean): boolean {
  if (holder) return now - holder.at > staleMs || !isAlive(holder.pid);
  try {
    return now - statSync(path).mtimeMs > staleMs; // Being written, or garbage: stale only when old.
  } catch {
    return false;
  }
}

/** Runs `fn` holding the lock at `path`; throws LockTimeoutError after the tries, or the error that stops creating it. */
export function withFileLock<T>(path: string, fn: () => T, options: LockOptions = {}): T {
  const { staleMs = 10_000, tries = 250, isAlive = pidAlive, sleep = sleepSync } = options;
  const self: Holder = { pid: process.pid, at: Date.now(), token: `${process.pid}-${Math.random().toString(36).slice(2)}` };
  for (let attempt = 1; ; attempt += 1) {
    self.at = Date.now();
    if (tryCreate(path, self)) break;
    const holder = readHolder(path);
    const stale = isStale(path, holder, Date.now(), staleMs, isAlive);
    if (stale) takeOver(path, holder, self);
    if (attempt >= tries) throw new LockTimeoutError(`Settings are locked by process ${holder?.pid ?? '?'} (${path}); gave up after ${tries} tries`);
    if (!stale) sleep(Math.min(2 * attempt, 40) * (0.5 + Math.random()));
  }
  try {
    return fn();
  } finally {
    if (readHolder(path)?.token === self.token) unlinkSync(path);
  }
}
