import { describe, expect, it } from 'vitest';
import type { StoredMeasurement } from '../../../shared/bench/stored-measurement';
import { compareDevices } from '../../../shared/compare/compare';
import { englishRows } from '../../../shared/compare/display-format';
import { estimateRows } from '../../../shared/compare/estimate-display';
import { ComparisonSchema, type Comparison, type SubjectComparison } from '../../../shared/compare/schema';
import { catalogueSubject, type CompareSubject } from '../../../shared/compare/subject';
import { resolveMarket } from '../../../shared/market/assumptions';
import { defaultPreferences } from '../../../shared/market/preferences';
import { catalogueGpu, workstationHost } from '../../support/devices';
import { measurement } from '../../support/measurement';

const MACHINE = '0123456789abcdef';
const now = new Date('2026-12-08T00:00:00Z');
const card = (busId: string) => ({ ...catalogueGpu('nvidia-rtx-3090', { gen: 4, width: 16 }), id: `gpu-${busId}`, rawName: 'NVIDIA GeForce RTX 3090', busId });
const stored = (decode: number, busIds = ['0000:01:00.0'], machineId = MACHINE): StoredMeasurement => ({
  machineId,
  device: { kind: 'gpu', busIds, names: ['NVIDIA GeForce RTX 3090'] },
  contextTokens: 640,
  measurement: measurement({ decodeTokensPerSecond: decode }),
});
const compare = (subjects: CompareSubject[], measurements: StoredMeasurement[]): Comparison => ComparisonSchema.parse(compareDevices(subjects, resolveMarket({}, null), defaultPreferences(), now, measurements));
const decode = (s: SubjectComparison | undefined, id = 'llama-3.1-8b:Q4_K_M') => s?.estimates.llm.find((e) => e.workloadId === id);
const detected = (machineId?: string): CompareSubject => ({ kind: 'device', device: card('0000:01:00.0'), host: workstationHost(), label: 'Rig GPU 1', ...(machineId ? { machineId } : {}) });

describe('Compare with a stored measurement (#21.5)', () => {
  const plain = compare([catalogueSubject('gpu', 'nvidia-rtx-3090'), detected()], []);
  const measured = compare([catalogueSubject('gpu', 'nvidia-rtx-3090'), detected(MACHINE)], [stored(60)]);

  it('a detected card of the measured machine shows the measurement beside the estimate, and its other LLM estimates are rescaled, marked', () => {
    const [catalogue, mine] = measured.subjects;
    expect(mine?.measured).toHaveLength(1);
    expect(mine?.measured?.[0]).toMatchObject({ model: 'Llama 2 7B', quant: 'Q4_0', decodeTokensPerSecond: 60 });
    const ratio = mine?.measured?.[0]?.ratio ?? 0;
    expect(ratio).toBeGreaterThan(0);
    expect(ratio).toBeLessThan(1);
    const before = decode(plain.subjects[1])?.decodeTokensPerSecond ?? 0;
    expect(decode(mine)?.decodeTokensPerSecond).toBeCloseTo(before * ratio, 1);
    expect(decode(mine)?.rescaled).toMatchObject({ model: 'Llama 2 7B', quant: 'Q4_0', estimatedDecodeTokensPerSecond: before });
    // The catalogue pick of the same card is never rescaled, nor measured.
    expect(catalogue?.measured).toBeUndefined();
    expect(decode(catalogue)?.rescaled).toBeUndefined();
    expect(decode(catalogue)).toEqual(decode(plain.subjects[0]));
  });

  it('the Estimates table gets a measurement row and marks the rescaled cells (English as the CLI words it)', () => {
    const rows = englishRows(estimateRows(measured));
    const row = rows.find((r) => r.key === 'measured');
    expect(row?.values[0]).toBe('not measured');
    expect(row?.values[1]).toMatch(/^measured 60 tok\/s \(2026-12-07\), Llama 2 7B Q4_0 · estimated ≈ \d+/);
    const eight = rows.find((r) => r.key === 'decode:llama-3.1-8b:Q4_K_M');
    expect(eight?.values[1]).toMatch(/\(rescaled from your measurement\)$/);
    expect(eight?.values[0]).not.toMatch(/rescaled/);
    // No measurement anywhere: no such row.
    expect(estimateRows(plain).some((r) => r.key === 'measured')).toBe(false);
  });

  it('only that machine\'s runs pinned to that card count: another machine, another bus, or no machine id leave the estimates alone', () => {
    for (const c of [compare([catalogueSubject('gpu', 'nvidia-rtx-3090'), detected(MACHINE)], [stored(60, ['0000:01:00.0'], 'fedcba9876543210')]), compare([catalogueSubject('gpu', 'nvidia-rtx-3090'), detected(MACHINE)], [stored(60, ['0000:02:00.0'])]), compare([catalogueSubject('gpu', 'nvidia-rtx-3090'), detected()], [stored(60)])]) {
      expect(c.subjects[1]?.measured).toBeUndefined();
      expect(decode(c.subjects[1])).toEqual(decode(plain.subjects[1]));
    }
  });

  it('a whole rig lists its cards\' measurements once and rescales the measured card\'s rows', () => {
    const rig = (machineId?: string): CompareSubject => ({ kind: 'rig', devices: [card('0000:01:00.0'), card('0000:02:00.0')], host: workstationHost(), label: 'Rig', ...(machineId ? { machineId } : {}) });
    const before = compare([catalogueSubject('gpu', 'nvidia-rtx-3090'), rig()], []).subjects[1];
    const after = compare([catalogueSubject('gpu', 'nvidia-rtx-3090'), rig(MACHINE)], [stored(60, ['0000:01:00.0', '0000:02:00.0'])]).subjects[1];
    expect(before?.measured).toBeUndefined();
    expect(after?.measured).toHaveLength(1);
    expect(decode(after)?.rescaled).toBeDefined();
    expect(decode(after)?.decodeTokensPerSecond).toBeLessThan(decode(before)?.decodeTokensPerSecond ?? 0);
  });
});
