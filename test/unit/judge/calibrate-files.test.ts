import { describe, expect, it } from 'vitest';
import { TABLE_FILES, tableFiles } from '../../../shared/judge/calibrate-files';
import { calibrationBuilds, decodeEfficiency, decodeRanges, promptEfficiency } from '../../../shared/judge/data/efficiency-table';

const tables = { decode: decodeEfficiency, prompt: promptEfficiency, ranges: decodeRanges, builds: calibrationBuilds };

describe('generated efficiency tables, one file per backend', () => {
  it('puts every key in its backend file and the all-backend default in its own', () => {
    const files = tableFiles(tables, '// header');
    expect(Object.keys(files)).toEqual([...TABLE_FILES]);
    expect(files.cuda).toContain('"cuda:pascal"');
    expect(files.cuda).not.toContain('"vulkan:');
    expect(files.vulkan).toContain('"vulkan:gcn4"');
    expect(files.default).toMatch(/export const decode: Record<string, DecodeEntry> = \{\n {2}default:/);
  });

  it('refuses a key no file takes (a new backend needs its file and import)', () => {
    const decode = { ...decodeEfficiency, 'sycl:intel-xe': { efficiency: 0.5, latencyMs: 0, n: 1, cards: 1 } };
    expect(() => tableFiles({ ...tables, decode }, '')).toThrow(/sycl:intel-xe/);
  });
});
