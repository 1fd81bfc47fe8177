import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SettingsSchema, type Settings } from '../../../shared/settings/schema';
import { checkStillBounded } from './check-file';
import { withFileLock, type LockOptions } from './file-lock';
import { applyFresh } from './fresh-update';
import { isSaveFailure, memorySettings, notSavedNotice } from './memory-fallback';
import { CONFIG_NAME, openOnDisk } from './open-on-disk';

/** What conf and electron-store both offer (electron-store is a Conf subclass with the same options). */
export interface ConfLike {
  store: Record<string, unknown>;
}
export type ConfFactory = (options: { cwd: string; configName: string; defaults: Record<string, unknown> }) => ConfLike;

export interface SettingsStore {
  read(): Settings;
  /**
   * The one way to change settings: `change` gets the settings on disk now (under a lock shared by the CLI, serve and
   * the app) and may run again on a conflict, so it must be a pure function of them. It throws only when the change
   * is refused (it throws, or breaks the schema); when the result cannot be saved it is kept in memory and
   * `saveProblem` is set.
   */
  update(change: (current: Settings) => Settings): Settings;
  /** What to tell the user about the settings (a file moved aside at start-up, settings not being saved), or null. */
  readonly recovery: string | null;
  /** Set once settings cannot be saved (read-only folder, a lock never freed): they are then kept in memory only. */
  readonly saveProblem: string | null;
  /** Changes made since opening that exist in memory only (0 while everything is saved). */
  readonly unsaved: number;
  readonly path: string;
}

export { MAX_SETTINGS_BYTES } from './check-file';

const NOTICE_LIMIT = 600; // AppInfo.settingsNotice's bound.

/** Opens the settings in `cwd`; never throws for a file or folder that cannot be used: it says so instead. */
export function openSettingsStore(cwd: string, factory: ConfFactory, now: () => Date = () => new Date(), lock: LockOptions = {}): SettingsStore {
  const path = join(cwd, `${CONFIG_NAME}.json`);
  const lockPath = join(cwd, `${CONFIG_NAME}.lock`);
  const locked = <T>(fn: () => T): T => withFileLock(lockPath, fn, lock);
  let conf: ReturnType<ConfFactory> | null = null;
  let memory: Settings | null = null;
  let lastGood: Settings;
  let recovery: string | null = null;
  let saveProblem: string | null = null;
  let unsaved = 0;
  try {
    mkdirSync(cwd, { recursive: true });
    ({ conf, recovery } = locked(() => openOnDisk(cwd, path, factory, now)));
    lastGood = SettingsSchema.parse(conf.store);
  } catch (error) {
    const fallback = memorySettings(path);
    conf = null;
    memory = lastGood = fallback.settings;
    recovery = fallback.recovery ?? recovery;
    saveProblem = notSavedNotice(cwd, error);
  }
  const inMemory = (next: Settings, error?: unknown): Settings => {
    memory = next;
    if (error !== undefined) saveProblem = notSavedNotice(cwd, error);
    unsaved += 1;
    return next;
  };
  return {
    path,
    get recovery() {
      const notice = [recovery, saveProblem].filter(Boolean).join(' ');
      return notice ? notice.slice(0, NOTICE_LIMIT) : null;
    },
    get saveProblem() {
      return saveProblem;
    },
    get unsaved() {
      return unsaved;
    },
    read() {
      if (memory || !conf) return memory ?? lastGood;
      try {
        checkStillBounded(path);
        return (lastGood = SettingsSchema.parse(conf.store));
      } catch {
        return lastGood; // Damaged while running: the next update says it cannot be saved.
      }
    },
    update(change) {
      if (memory || !conf) return inMemory(SettingsSchema.parse(change(memory ?? lastGood)));
      const disk = conf;
      try {
        return (lastGood = locked(() => applyFresh(disk, path, change)));
      } catch (error) {
        if (!isSaveFailure(error)) throw error;
        return inMemory(SettingsSchema.parse(change(lastGood)), error);
      }
    },
  };
}
