import { existsSync, readFileSync } from 'node:fs';
import { defaultSettings, SettingsSchema, type Settings } from '../../../shared/settings/schema';
import { checkFile, problemNotice } from './check-file';
import { LockTimeoutError } from './file-lock';

/** Reading or writing the settings file failed (as opposed to a change that was refused). */
export class SaveError extends Error {}

/** Failures that mean "cannot be saved now", for which settings carry on in memory; anything else is the caller's. */
export function isSaveFailure(error: unknown): boolean {
  return error instanceof SaveError || error instanceof LockTimeoutError || typeof (error as NodeJS.ErrnoException | null)?.code === 'string';
}

const why = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return (typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message).slice(0, 200);
};

export function notSavedNotice(cwd: string, error: unknown): string {
  return `Settings in ${cwd.slice(0, 120)} cannot be saved (${why(error)}): RigShift carries on with them in memory, and changes from now on are lost when it closes.`;
}

/** The best settings that can be had without writing: the file as it is, its valid parts, or defaults. */
export function memorySettings(path: string): { settings: Settings; recovery: string | null } {
  if (!existsSync(path)) return { settings: defaultSettings(), recovery: null };
  const problem = checkFile(path);
  if (problem) return { settings: problem.salvaged?.settings ?? defaultSettings(), recovery: problemNotice(problem, null) };
  try {
    return { settings: SettingsSchema.parse(JSON.parse(readFileSync(path, 'utf8'))), recovery: null };
  } catch {
    return { settings: defaultSettings(), recovery: null };
  }
}
