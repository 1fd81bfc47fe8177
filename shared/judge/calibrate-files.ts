import type { BuildSpan } from './calibrate-builds';
import type { DecodeEntry, EfficiencyEntry } from './data/efficiency-table';
import type { DecodeRange } from './decode-range';

/** The generated per-backend files of shared/judge/data/efficiency/, merged by data/efficiency-table.ts. */
export const TABLE_FILES = ['cuda', 'rocm', 'vulkan', 'metal', 'default'] as const;

export interface CalibratedTables {
  decode: Record<string, DecodeEntry>;
  prompt: Record<string, EfficiencyEntry>;
  ranges: Record<string, DecodeRange>;
  builds: BuildSpan[];
}

/** The file a table key belongs to: its backend ("cuda", "cuda:pascal" → cuda), or default. */
const fileOf = (key: string): string => key.split(':')[0] ?? key;

const pick = <T>(table: Record<string, T>, file: string): Record<string, T> =>
  Object.fromEntries(Object.entries(table).filter(([key]) => fileOf(key) === file).sort(([a], [b]) => a.localeCompare(b)));

const literal = (value: unknown): string => JSON.stringify(value, null, 2).replace(/"(\w+)":/g, '$1:');

/** Source text of each generated file; throws if a key belongs to no file (a new backend needs a file and an import). */
export function tableFiles(tables: CalibratedTables, header: string): Record<string, string> {
  const keys = [...Object.keys(tables.decode), ...Object.keys(tables.prompt), ...Object.keys(tables.ranges), ...tables.builds.map((b) => b.backend)];
  const stray = keys.find((key) => !(TABLE_FILES as readonly string[]).includes(fileOf(key)));
  if (stray) throw new Error(`calibration key ${stray} has no generated file: add it to TABLE_FILES and data/efficiency-table.ts`);
  return Object.fromEntries(
    TABLE_FILES.map((file) => [
      file,
      `${header}
import type { BuildSpan } from '../../calibrate-builds';
import type { DecodeRange } from '../../decode-range';
import type { DecodeEntry, EfficiencyEntry } from '../efficiency-table';

export const decode: Record<string, DecodeEntry> = ${literal(pick(tables.decode, file))};

export const prompt: Record<string, EfficiencyEntry> = ${literal(pick(tables.prompt, file))};

export const ranges: Record<string, DecodeRange> = ${literal(pick(tables.ranges, file))};

export const builds: BuildSpan[] = ${literal(tables.builds.filter((b) => b.backend === file))};
`,
    ]),
  );
}
