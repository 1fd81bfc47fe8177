import { existsSync, renameSync } from 'node:fs';
import { defaultSettings } from '../../../shared/settings/schema';
import { checkFile, problemNotice } from './check-file';
import type { ConfFactory, ConfLike } from './settings-store';

export const CONFIG_NAME = 'config';

function quarantine(path: string, now: Date): string {
  const aside = path.replace(/\.json$/, `.corrupt-${now.toISOString().replace(/[:.]/g, '-')}.json`);
  renameSync(path, aside);
  return aside;
}

/**
 * Opens the settings file (run under the settings lock). A file that is not JSON, is truncated or breaks the schema
 * is renamed aside with a timestamp (nothing is deleted), its valid parts are kept where it is of this schema version
 * (else defaults are written), and `recovery` says what happened. Throws when the folder cannot be written (a file
 * that cannot be moved aside, defaults that cannot be saved): the caller then keeps settings in memory.
 */
export function openOnDisk(cwd: string, path: string, factory: ConfFactory, now: () => Date): { conf: ConfLike; recovery: string | null } {
  const open = (): ConfLike => factory({ cwd, configName: CONFIG_NAME, defaults: defaultSettings() });
  // Checked before conf touches the file (conf rewrites it to merge defaults), so a bad file is kept byte for byte.
  const problem = existsSync(path) ? checkFile(path) : null;
  let recovery = problem ? problemNotice(problem, quarantine(path, now())) : null;
  let conf: ConfLike;
  try {
    conf = open();
  } catch (error) {
    // Unreadable in a way the check missed (a race, an encoding): keep it and start clean.
    if (!existsSync(path) || (error as NodeJS.ErrnoException).code !== undefined) throw error;
    const aside = quarantine(path, now());
    recovery = `Settings file could not be opened (${error instanceof Error ? error.message.slice(0, 160) : 'error'}); it was kept as ${aside}; defaults were restored.`;
    conf = open();
  }
  if (problem?.salvaged) conf.store = problem.salvaged.settings;
  return { conf, recovery };
}
