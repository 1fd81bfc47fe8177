import { statSync } from 'node:fs';
import { salvageSettings, type Salvaged } from '../../../shared/settings/salvage';
import { SettingsSchema } from '../../../shared/settings/schema';
import { formatCap, readBoundedSync } from '../files/read-bounded';

/**
 * The settings file's size limit. The largest legitimate file (2,000 inventory items with 20 readings each, 500 rigs,
 * the last LAN scan) is a few MiB; conf reads the file whole, so anything over this (or not a regular file at all)
 * is moved aside before conf is allowed to open it.
 */
export const MAX_SETTINGS_BYTES = 16 * 1024 * 1024;

export interface FileProblem {
  reason: string;
  /** The file's valid parts when it is of this schema version, else null (defaults are used). */
  salvaged: Salvaged | null;
}

/** Why the stored file cannot be used as it is (not JSON, truncated, wrong schema), or null when it is fine. */
export function checkFile(path: string): FileProblem | null {
  let data: unknown;
  try {
    // Read bounded (at most MAX_SETTINGS_BYTES + 1 bytes, never a device or FIFO): conf itself reads whatever is there.
    data = JSON.parse(readBoundedSync(path, MAX_SETTINGS_BYTES).toString('utf8'));
  } catch (error) {
    return { reason: error instanceof Error ? error.message : 'not JSON', salvaged: null };
  }
  const parsed = SettingsSchema.safeParse(data);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return { reason: `schema: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(), salvaged: salvageSettings(data) };
}

/** The user-facing words for a problem file: `aside` is where the original went, or null when it could not be moved. */
export function problemNotice(problem: FileProblem, aside: string | null): string {
  if (problem.salvaged) {
    const parts = problem.salvaged.dropped.join(', ').slice(0, 160);
    const kept = aside ? `The original is kept as ${aside}.` : 'The file could not be changed, so this holds for this session only.';
    return `Settings file had parts RigShift could not use (${parts}); those were reset and everything else was kept. ${kept}`;
  }
  const kept = aside ? `it was kept as ${aside} and defaults were restored.` : 'it could not be moved aside, so defaults are used for this session.';
  return `Settings file was unreadable (${problem.reason.slice(0, 160)}); ${kept}`;
}

/**
 * Throws when the settings file was replaced, since start-up, by something conf must not read whole (a FIFO would
 * hang it, a huge file fill memory); a missing file is fine (conf writes it again). Restarting moves it aside.
 */
export function checkStillBounded(path: string): void {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return;
  if (!stats.isFile()) throw new Error(`Settings file ${path} is no longer a regular file; restart RigShift to move it aside`);
  if (stats.size > MAX_SETTINGS_BYTES) throw new Error(`Settings file ${path} is larger than ${formatCap(MAX_SETTINGS_BYTES)}; restart RigShift to move it aside`);
}
