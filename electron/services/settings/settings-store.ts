import { existsSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { salvageSettings } from '../../../shared/settings/salvage';
import { defaultSettings, SettingsSchema, type Settings } from '../../../shared/settings/schema';
import { formatCap, readBoundedSync } from '../files/read-bounded';

/** What conf and electron-store both offer (electron-store is a Conf subclass with the same options). */
export interface ConfLike {
  store: Record<string, unknown>;
}
export type ConfFactory = (options: { cwd: string; configName: string; defaults: Record<string, unknown> }) => ConfLike;

export interface SettingsStore {
  read(): Settings;
  update(change: (current: Settings) => Settings): Settings;
  /** Set when the file on disk was unreadable and was moved aside at start-up: tell the user. */
  readonly recovery: string | null;
  readonly path: string;
}

const CONFIG_NAME = 'config';
/**
 * The settings file's size limit. The largest legitimate file (2,000 inventory items with 20 readings each, 500 rigs,
 * the last LAN scan) is a few MiB; conf reads the file whole, so anything over this (or not a regular file at all)
 * is moved aside before conf is allowed to open it.
 */
export const MAX_SETTINGS_BYTES = 16 * 1024 * 1024;

function quarantine(path: string, now: Date): string {
  const aside = path.replace(/\.json$/, `.corrupt-${now.toISOString().replace(/[:.]/g, '-')}.json`);
  renameSync(path, aside);
  return aside;
}

/**
 * Opens the settings file. A file that is not JSON, is truncated or breaks the schema never stops the app: it is
 * renamed aside with a timestamp (nothing is deleted), its valid parts are kept where it is of this schema version
 * (else defaults are written), and `recovery` says what happened.
 */
export function openSettingsStore(cwd: string, factory: ConfFactory, now: () => Date = () => new Date()): SettingsStore {
  const path = join(cwd, `${CONFIG_NAME}.json`);
  const open = (): ConfLike => factory({ cwd, configName: CONFIG_NAME, defaults: defaultSettings() });
  // Checked before conf touches the file (conf rewrites it to merge defaults), so a bad file is kept byte for byte, and
  // read bounded (at most MAX_SETTINGS_BYTES + 1 bytes, never a device or FIFO): conf itself reads whatever is there.
  const problem = existsSync(path) ? checkFile(path) : null;
  const salvaged = problem ? salvageSettings(problem.data) : null;
  let recovery: string | null = null;
  if (problem) {
    const aside = quarantine(path, now());
    recovery = salvaged
      ? `Settings file had parts RigShift could not use (${salvaged.dropped.join(', ').slice(0, 160)}); those were reset and everything else was kept. The original is kept as ${aside}.`
      : `Settings file was unreadable (${problem.reason.slice(0, 160)}); it was kept as ${aside} and defaults were restored.`;
  }
  let conf: ConfLike;
  try {
    conf = open();
  } catch (error) {
    // Unreadable in a way the check missed (permissions, a race): keep it and start clean.
    const aside = existsSync(path) ? quarantine(path, now()) : null;
    recovery = `Settings file could not be opened (${error instanceof Error ? error.message.slice(0, 160) : 'error'})${aside ? `; it was kept as ${aside}` : ''}; defaults were restored.`;
    conf = open();
  }
  if (salvaged) conf.store = salvaged.settings;
  // conf reads the whole file again on every access: check it is still a plain file of a sane size first.
  const stored = (): Record<string, unknown> => {
    checkStillBounded(path);
    return conf.store;
  };
  return {
    path,
    recovery,
    read: () => SettingsSchema.parse(stored()),
    update(change) {
      const next = SettingsSchema.parse(change(SettingsSchema.parse(stored())));
      conf.store = next;
      return next;
    },
  };
}

/**
 * Throws when the settings file was replaced, since start-up, by something conf must not read whole (a FIFO would
 * hang it, a huge file fill memory); a missing file is fine (conf writes it again). Restarting moves it aside.
 */
function checkStillBounded(path: string): void {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return;
  if (!stats.isFile()) throw new Error(`Settings file ${path} is no longer a regular file; restart RigShift to move it aside`);
  if (stats.size > MAX_SETTINGS_BYTES) throw new Error(`Settings file ${path} is larger than ${formatCap(MAX_SETTINGS_BYTES)}; restart RigShift to move it aside`);
}

/** Why the stored file cannot be used as it is (not JSON, truncated, wrong schema) and what it held, or null when it is fine. */
function checkFile(path: string): { reason: string; data: unknown } | null {
  let data: unknown;
  try {
    data = JSON.parse(readBoundedSync(path, MAX_SETTINGS_BYTES).toString('utf8'));
  } catch (error) {
    return { reason: error instanceof Error ? error.message : 'not JSON', data: null };
  }
  const parsed = SettingsSchema.safeParse(data);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return { reason: `schema: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(), data };
}
