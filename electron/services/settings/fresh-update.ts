import { statSync } from 'node:fs';
import { SettingsSchema, type Settings } from '../../../shared/settings/schema';
import { checkStillBounded } from './check-file';
import { SaveError } from './memory-fallback';
import type { ConfLike } from './settings-store';

const REAPPLY_LIMIT = 3;

/** Identity of the file's current content: an atomic write (temp + rename) changes the inode, any write the mtime. */
function fingerprint(path: string): string {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.ino}:${s.mtimeNs}:${s.size}`;
  } catch {
    return 'none';
  }
}

function readFresh(conf: ConfLike, path: string): Settings {
  try {
    checkStillBounded(path); // conf reads the whole file again on every access: a plain file of a sane size only.
    return SettingsSchema.parse(conf.store); // conf reads the file on every access: never a stale cache.
  } catch (error) {
    throw new SaveError(`the file could not be read (${error instanceof Error ? error.message.slice(0, 120) : 'error'})`);
  }
}

/**
 * Read-modify-write of the settings file, run under the settings lock: the change is applied to what is on disk now,
 * validated, and written atomically (conf writes a temp file and renames it). Should the file change between the
 * read and the write anyway (a build without the lock, a lock taken over from a hung process), the change is
 * re-applied to the new content, which is why changes must be pure functions of the current settings.
 */
export function applyFresh(conf: ConfLike, path: string, change: (current: Settings) => Settings): Settings {
  for (let attempt = 0; attempt < REAPPLY_LIMIT; attempt += 1) {
    const before = fingerprint(path);
    const next = SettingsSchema.parse(change(readFresh(conf, path)));
    if (fingerprint(path) !== before) continue;
    try {
      conf.store = next;
    } catch (error) {
      throw new SaveError(`the file could not be written (${error instanceof Error ? error.message.slice(0, 120) : 'error'})`);
    }
    return next;
  }
  throw new SaveError(`the file kept changing while being updated (${REAPPLY_LIMIT} tries)`);
}
