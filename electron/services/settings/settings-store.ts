import { existsSync, renameSync } from 'node:fs';
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
  let recovery: string | null = null;
  let conf: ConfLike;
  try {
    conf = open();
    const parsed = SettingsSchema.safeParse(conf.store);
    if (!parsed.success) throw new Error(`schema: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`.trim());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const aside = existsSync(path) ? quarantine(path, now()) : null;
    recovery = `Settings file was unreadable (${reason.slice(0, 160)}); ${aside ? `it was kept as ${aside} and ` : ''}defaults were restored.`;
    conf = open();
    conf.store = defaultSettings();
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
