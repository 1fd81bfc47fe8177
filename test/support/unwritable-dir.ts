import { spawnSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const writable = (dir: string): boolean => {
  try {
    writeFileSync(join(dir, '.probe'), 'x');
    rmSync(join(dir, '.probe'));
    return true;
  } catch {
    return false;
  }
};

/**
 * Makes `dir` really unwritable, for root too: chmod is enough for other users, but root ignores it, so as root the
 * folder is made immutable (`chattr +i`: no file can be created, renamed or removed in it, whoever asks). Returns the
 * undo, or null where neither works (a file system without attributes, no chattr): the caller skips with that reason.
 */
export function makeUnwritable(dir: string): (() => void) | null {
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o555);
    if (!writable(dir)) return () => chmodSync(dir, 0o755);
    chmodSync(dir, 0o755);
    return null;
  }
  const set = spawnSync('chattr', ['+i', dir]);
  const undo = (): void => void spawnSync('chattr', ['-i', dir]);
  if (set.status === 0 && !writable(dir)) return undo;
  undo();
  return null;
}
