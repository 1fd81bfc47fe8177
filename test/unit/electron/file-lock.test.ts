import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LockTimeoutError, pidAlive, withFileLock } from '../../../electron/services/settings/file-lock';

const dirs: string[] = [];
const lockIn = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rigshift-lock-'));
  dirs.push(dir);
  return join(dir, 'config.lock');
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The pid of a process that has exited (and so is not alive). */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid ?? 999_999;
const noSleep = { sleep: () => undefined };

describe('settings lock file', () => {
  it('is held (pid and time) while the work runs and removed after it, also when the work throws', () => {
    const lock = lockIn();
    const seen = withFileLock(lock, () => JSON.parse(readFileSync(lock, 'utf8')) as { pid: number; at: number });
    expect(seen.pid).toBe(process.pid);
    expect(existsSync(lock)).toBe(false);
    expect(() => withFileLock(lock, () => { throw new Error('refused'); })).toThrow('refused');
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock left by a process that has died', () => {
    const lock = lockIn();
    const pid = deadPid();
    expect(pidAlive(pid)).toBe(false);
    writeFileSync(lock, JSON.stringify({ pid, at: Date.now(), token: 'dead' }));
    expect(withFileLock(lock, () => 'ran', { ...noSleep, tries: 2 })).toBe('ran');
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock older than the bound even when its pid is alive (pid reused, process hung)', () => {
    const lock = lockIn();
    writeFileSync(lock, JSON.stringify({ pid: process.pid, at: Date.now() - 60_000, token: 'old' }));
    expect(withFileLock(lock, () => 'ran', { ...noSleep, tries: 2, staleMs: 10_000 })).toBe('ran');
  });

  it('takes over an unreadable lock only once it is old (it may be being written)', () => {
    const lock = lockIn();
    writeFileSync(lock, '');
    expect(() => withFileLock(lock, () => 'ran', { ...noSleep, tries: 3 })).toThrow(LockTimeoutError);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    expect(withFileLock(lock, () => 'ran', { ...noSleep, tries: 2 })).toBe('ran');
  });

  it('gives up with a clear error after the bounded tries while a live process holds it, and leaves that lock alone', () => {
    const lock = lockIn();
    const held = JSON.stringify({ pid: process.pid, at: Date.now(), token: 'live' });
    writeFileSync(lock, held);
    let waits = 0;
    expect(() => withFileLock(lock, () => 'ran', { tries: 5, sleep: () => (waits += 1) })).toThrow(/locked by process \d+ .*gave up after 5 tries/);
    expect(waits).toBe(4);
    expect(readFileSync(lock, 'utf8')).toBe(held);
  });

  it('does not remove a lock that another process took over meanwhile', () => {
    const lock = lockIn();
    const theirs = JSON.stringify({ pid: process.pid, at: Date.now(), token: 'theirs' });
    withFileLock(lock, () => writeFileSync(lock, theirs));
    expect(readFileSync(lock, 'utf8')).toBe(theirs);
  });

  it('reports a folder where no lock can be created (not a folder) as the file system error', () => {
    const dir = lockIn().replace(/config\.lock$/, '');
    writeFileSync(join(dir, 'file'), 'x');
    expect(() => withFileLock(join(dir, 'file', 'config.lock'), () => 'ran')).toThrow(/ENOTDIR/);
  });
});
