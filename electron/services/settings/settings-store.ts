import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSettings, SettingsSchema, type Settings } from '../../../shared/settings/schema';

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

function quarantine(path: string, now: Date): string {
  const aside = path.replace(/\.json$/, `.corrupt-${now.toISOString().replace(/[:.]/g, '-')}.json`);
  renameSync(path, aside);
  return aside;
}

/**
 * Opens the settings file. A file that is not JSON, is truncated or breaks the schema never stops the app: it is
 * renamed aside with a timestamp (nothing is deleted), defaults are written, and `recovery` says what happened.
 */
export function openSettingsStore(cwd: string, factory: ConfFactory, now: () => Date = () => new Date()): SettingsStore {
  const path = join(cwd, `${CONFIG_NAME}.json`);
  const open = (): ConfLike => factory({ cwd, configName: CONFIG_NAME, defaults: defaultSettings() });
  // Checked before conf touches the file (conf rewrites it to merge defaults), so a bad file is kept byte for byte.
  const problem = existsSync(path) ? checkFile(path) : null;
  let recovery: string | null = null;
  if (problem) {
    const aside = quarantine(path, now());
    recovery = `Settings file was unreadable (${problem.slice(0, 160)}); it was kept as ${aside} and defaults were restored.`;
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
  return {
    path,
    recovery,
    read: () => SettingsSchema.parse(conf.store),
    update(change) {
      const next = SettingsSchema.parse(change(SettingsSchema.parse(conf.store)));
      conf.store = next;
      return next;
    },
  };
}

/** Why the stored file cannot be used (not JSON, truncated, wrong schema), or null when it is fine. */
function checkFile(path: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return error instanceof Error ? error.message : 'not JSON';
  }
  const parsed = SettingsSchema.safeParse(data);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `schema: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim();
}
