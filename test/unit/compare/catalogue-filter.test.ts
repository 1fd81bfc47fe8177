import { describe, expect, it } from 'vitest';
import { catalogueEntries, catalogueVendors } from '../../../shared/compare/catalogue-entries';
import { filterCatalogue } from '../../../shared/compare/catalogue-filter';
import { catalogueVerdicts } from '../../../shared/compare/catalogue-verdicts';
import { unknownHost } from '../../../shared/device/host';
import { deviceFromManual } from '../../../shared/device/manual-device';
import { judgeMachine } from '../../../shared/judge/judge-machine';

const ids = (entries: Array<{ id: string }>): string[] => entries.map((e) => e.id);
/** The judge's verdict for one catalogue GPU, judged here independently of the filter's cache. */
const judgeVerdict = (id: string, workloadId: string) => {
  const device = deviceFromManual({ id: 't', kind: 'gpu', catalogueId: id, count: 1 });
  if (!device) throw new Error(`no catalogue GPU ${id}`);
  return judgeMachine(unknownHost, [device]).devices[0]?.workloads.find((w) => w.id === workloadId)?.verdict;
};

describe('catalogue browser filter', () => {
  it('lists both catalogues and returns everything for an empty filter', () => {
    const all = catalogueEntries();
    expect(all.filter((e) => e.kind === 'gpu').length).toBeGreaterThan(100);
    expect(all.filter((e) => e.kind === 'asic').length).toBeGreaterThan(30);
    expect(filterCatalogue({})).toHaveLength(all.length);
    expect(new Set(all.map((e) => e.key)).size).toBe(all.length);
  });

  it('searches names and aliases, every word, ignoring case and spaces', () => {
    expect(ids(filterCatalogue({ text: '3090' }))).toEqual(expect.arrayContaining(['nvidia-rtx-3090', 'nvidia-rtx-3090-ti']));
    expect(ids(filterCatalogue({ text: 'rtx 3090 ti' }))).toEqual(['nvidia-rtx-3090-ti']);
    expect(ids(filterCatalogue({ text: 'S19Pro' }))).toContain('antminer-s19-pro');
    expect(ids(filterCatalogue({ text: 'GA102 [GeForce RTX 3090]' }))).toEqual(['nvidia-rtx-3090']);
    expect(filterCatalogue({ text: 'no such card anywhere' })).toEqual([]);
  });

  it('filters by vendor', () => {
    expect(catalogueVendors()).toEqual(expect.arrayContaining(['NVIDIA', 'AMD', 'Bitmain']));
    const amd = filterCatalogue({ vendor: 'AMD' });
    expect(amd.length).toBeGreaterThan(5);
    expect(amd.every((e) => e.vendor === 'AMD' && e.kind === 'gpu')).toBe(true);
    const bitmain = filterCatalogue({ vendor: 'Bitmain' });
    expect(bitmain.length).toBeGreaterThan(5);
    expect(bitmain.every((e) => e.kind === 'asic')).toBe(true);
  });

  it('keeps only cards with VRAM ≥ 16 GB (ASICs have none)', () => {
    const big = filterCatalogue({ minVramGB: 16 });
    expect(big.length).toBeGreaterThan(10);
    expect(big.every((e) => e.kind === 'gpu' && e.vramGB !== null && e.vramGB >= 16)).toBe(true);
    expect(ids(big)).toContain('nvidia-rtx-3090');
    expect(ids(big)).not.toContain('nvidia-rtx-3070');
    const expected = catalogueEntries().filter((e) => (e.vramGB ?? 0) >= 16);
    expect(big).toHaveLength(expected.length);
  });

  it('keeps only models the judge says yes to for a chosen workload', () => {
    const workload = 'qwen2.5-14b:Q4_K_M';
    const yes = filterCatalogue({ verdict: { workloadId: workload, verdict: 'yes' } });
    expect(ids(yes)).toContain('nvidia-rtx-3090');
    expect(ids(yes)).not.toContain('amd-rx-580-8gb');
    expect(yes.every((e) => e.kind === 'gpu')).toBe(true);
    for (const entry of yes.slice(0, 15)) expect(judgeVerdict(entry.id, workload)).toBe('yes');
    const no = filterCatalogue({ verdict: { workloadId: workload, verdict: 'no' } });
    expect(ids(no)).toContain('amd-rx-580-8gb');
    expect(ids(no)).toContain('antminer-s19-pro');
    expect(judgeVerdict('amd-rx-580-8gb', workload)).toBe('no');
  });

  it('combines criteria and computes each workload once', () => {
    const both = filterCatalogue({ vendor: 'NVIDIA', minVramGB: 16, verdict: { workloadId: 'sdxl:fp16', verdict: 'yes' }, text: 'rtx' });
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((e) => e.vendor === 'NVIDIA' && (e.vramGB ?? 0) >= 16 && e.search.includes('rtx'))).toBe(true);
    expect(catalogueVerdicts('sdxl:fp16')).toBe(catalogueVerdicts('sdxl:fp16'));
    expect(catalogueVerdicts('sdxl:fp16').size).toBe(catalogueEntries().length);
  });
});
