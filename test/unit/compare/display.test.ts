import { describe, expect, it } from 'vitest';
import { formatJoulesPerHash, joulesPerTerahash } from '../../../shared/compare/asic-efficiency';
import { barData, normalise, radarData } from '../../../shared/compare/chart-data';
import { compareDevices } from '../../../shared/compare/compare';
import { englishRows, pcieText } from '../../../shared/compare/display-format';
import { efficiencyRows, estimateRows, summaryRow, verdictRows } from '../../../shared/compare/estimate-display';
import { specRows } from '../../../shared/compare/spec-display';
import { catalogueSubject } from '../../../shared/compare/subject';
import { resolveMarket } from '../../../shared/market/assumptions';
import { defaultPreferences } from '../../../shared/market/preferences';

const c = compareDevices([catalogueSubject('gpu', 'nvidia-rtx-3090'), catalogueSubject('gpu', 'nvidia-rtx-3060-12gb'), catalogueSubject('asic', 'antminer-l7')], resolveMarket({}, null), defaultPreferences(), new Date('2026-06-01T00:00:00Z'));

describe('comparison display rows', () => {
  it('states energy per hash in the unit of the miner', () => {
    expect(joulesPerTerahash(3250, 110e12)).toBeCloseTo(29.545, 3);
    expect(formatJoulesPerHash(29.545)).toBe('29.5 J/TH');
    // Antminer L7: 9.5 GH/s at 3425 W = 360.5 J/GH.
    expect(formatJoulesPerHash(joulesPerTerahash(3425, 9.5e9))).toBe('360.5 J/GH');
  });

  it('marks where a PCIe link comes from', () => {
    expect(pcieText({ origin: 'catalogue', gen: 4, width: 16, maxGen: 4, maxWidth: 16 })).toBe('Gen4 x16 (catalogue)');
    expect(pcieText({ origin: 'detected', gen: 1, width: 1, maxGen: 3, maxWidth: 16 })).toBe('Gen1 x1 (max Gen3 x16)');
    expect(pcieText(null)).toBe('unknown');
  });

  it('gives every row one value per subject, n/a where a row does not apply', () => {
    for (const row of [...specRows(c), ...estimateRows(c), ...efficiencyRows(c)]) expect(row.cells).toHaveLength(3);
    const spec = englishRows(specRows(c));
    const vram = spec.find((r) => r.key === 'vram');
    expect(vram?.values).toEqual(['24 GB', '12 GB', 'n/a']);
    expect(spec.find((r) => r.key === 'algorithm')?.values).toEqual(['n/a', 'n/a', 'Scrypt']);
    expect(englishRows(estimateRows(c)).find((r) => r.key === 'sdxl')?.values).toEqual(['not estimated', 'not estimated', 'n/a']);
    expect(verdictRows(c)).toHaveLength(c.workloads.length);
  });

  it('keeps the rows free of words: label ids and typed cells', () => {
    const vram = specRows(c).find((r) => r.key === 'vram');
    expect(vram?.label).toBe('vram');
    expect(vram?.cells).toEqual([{ type: 'quantity', value: 24, unit: 'gb', digits: 1, detected: false }, { type: 'quantity', value: 12, unit: 'gb', digits: 1, detected: false }, { type: 'na' }]);
    expect(specRows(c).find((r) => r.key === 'kind')?.cells).toEqual([{ type: 'hardware', hardware: 'gpu' }, { type: 'hardware', hardware: 'gpu' }, { type: 'hardware', hardware: 'asic' }]);
    expect(specRows(c).find((r) => r.key === 'age')?.cells[0]).toEqual({ type: 'age', years: 6, releaseYear: 2020 });
    const decode = estimateRows(c).filter((r) => r.label === 'decode');
    expect(decode.map((r) => r.key)).toEqual(c.estimateWorkloads.map((w) => `decode:${w.id}`));
    expect(decode.map((r) => r.workload)).toEqual(c.estimateWorkloads.map((w) => w.label));
    // A decode cell carries its range to two significant figures (#21.1).
    const first = decode[0]?.cells[0];
    expect(first?.type).toBe('speed');
    if (first?.type === 'speed') expect(first.low).toBeLessThan(first.value);
    expect(englishRows(decode)[0]?.values[0]).toMatch(/^≈ [\d.]+ tok\/s, [\d.]+–[\d.]+/);
    expect(estimateRows(c).find((r) => r.key === 'sdxl')?.cells).toEqual([{ type: 'notEstimated' }, { type: 'notEstimated' }, { type: 'na' }]);
    expect(summaryRow(c).cells[2]).toEqual({ type: 'summary', ...c.subjects[2]?.summary });
  });

  it('words the rows in English as the CLI prints them', () => {
    const [spec, estimates, efficiency] = [englishRows(specRows(c)), englishRows(estimateRows(c)), englishRows(efficiencyRows(c), (v) => `$${v.toFixed(2)}`)];
    expect(spec.map((r) => r.label)).toEqual([
      'Kind',
      'Units',
      'VRAM',
      'Memory bandwidth',
      'FP16 (shader)',
      'FP32',
      'Tensor/matrix units',
      'PCIe link',
      'Algorithm',
      'Hashrate',
      'Efficiency',
      'Power per unit',
      'Age',
    ]);
    expect(spec.find((r) => r.key === 'kind')?.values).toEqual(['GPU', 'GPU', 'ASIC miner']);
    expect(spec.find((r) => r.key === 'age')?.values[0]).toBe('6 years (2020)');
    expect(spec.find((r) => r.key === 'jth')?.values[2]).toBe('360.5 J/GH');
    expect(estimates.find((r) => r.key === 'load')?.label).toBe(`${c.efficiencyWorkload.label}: load over PCIe`);
    expect(efficiency.map((r) => r.label)).toEqual([`${c.efficiencyWorkload.label}: tok/s per W`, 'Mining profit', 'Renting profit']);
    expect(efficiency.find((r) => r.key === 'rent')?.values[2]).toBe('n/a');
    expect(englishRows([summaryRow(c)])[0]?.values[2]).toBe(`0 yes · 0 limited · ${c.subjects[2]?.summary.no} no`);
    const rent = { key: 'rent', label: 'rent', cells: [{ type: 'moneyPerDay', value: 1.5, wouldNotList: true }, { type: 'notProjected' }] } as const;
    expect(englishRows([{ ...rent, cells: [...rent.cells] }], (v) => `$${v}`)[0]?.values).toEqual(['$1.5/day (would not list)', 'not projected']);
  });

  it('normalises radar axes to the best subject', () => {
    expect(normalise([50, 100, null])).toEqual([50, 100, 0]);
    expect(normalise([null, null])).toEqual([0, 0]);
    const radar = radarData(c);
    // The ASIC (third subject) has no AI figures and is left off the charts.
    expect(radar.series.map((s) => s.label)).toEqual(['GeForce RTX 3090', 'GeForce RTX 3060 12GB']);
    expect(radar.axes.map((a) => a.axis)).toEqual(['vram', 'bandwidth', 'fp16', 'tokensPerWatt']);
    const vram = radar.axes.find((a) => a.axis === 'vram');
    expect([vram?.s0, vram?.s1, vram?.s2]).toEqual([100, 50, undefined]);
    expect(barData(c).map((b) => b.label)).toEqual(['GeForce RTX 3090', 'GeForce RTX 3060 12GB']);
  });
});
