import { describe, expect, it } from 'vitest';
import { formatJoulesPerHash, joulesPerTerahash } from '../../../shared/compare/asic-efficiency';
import { barData, normalise, radarData } from '../../../shared/compare/chart-data';
import { compareDevices } from '../../../shared/compare/compare';
import { pcieText } from '../../../shared/compare/display-format';
import { efficiencyTextRows, estimateTextRows, verdictRows } from '../../../shared/compare/estimate-display';
import { specTextRows } from '../../../shared/compare/spec-display';
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
    for (const row of [...specTextRows(c), ...estimateTextRows(c), ...efficiencyTextRows(c, String)]) expect(row.values).toHaveLength(3);
    const vram = specTextRows(c).find((r) => r.key === 'vram');
    expect(vram?.values).toEqual(['24 GB', '12 GB', 'n/a']);
    expect(specTextRows(c).find((r) => r.key === 'algorithm')?.values).toEqual(['n/a', 'n/a', 'SCRYPT']);
    expect(estimateTextRows(c).find((r) => r.key === 'sdxl')?.values).toEqual(['not estimated', 'not estimated', 'n/a']);
    expect(verdictRows(c)).toHaveLength(c.workloads.length);
  });

  it('normalises radar axes to the best subject', () => {
    expect(normalise([50, 100, null])).toEqual([50, 100, 0]);
    expect(normalise([null, null])).toEqual([0, 0]);
    const radar = radarData(c);
    // The ASIC (third subject) has no AI figures and is left off the charts.
    expect(radar.series.map((s) => s.label)).toEqual(['GeForce RTX 3090', 'GeForce RTX 3060 12GB']);
    const vram = radar.axes.find((a) => a.axis === 'VRAM');
    expect([vram?.s0, vram?.s1, vram?.s2]).toEqual([100, 50, undefined]);
    expect(barData(c).map((b) => b.label)).toEqual(['GeForce RTX 3090', 'GeForce RTX 3060 12GB']);
  });
});
