import { readFileSync } from 'node:fs';
import { salvageSettings, type Salvaged } from '../../../shared/settings/salvage';
import { SettingsSchema } from '../../../shared/settings/schema';

export interface FileProblem {
  reason: string;
  /** The file's valid parts when it is of this schema version, else null (defaults are used). */
  salvaged: Salvaged | null;
}

/** Why the stored file cannot be used as it is (not JSON, truncated, wrong schema), or null when it is fine. */
export function checkFile(path: string): FileProblem | null {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
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
