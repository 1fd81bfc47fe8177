import { describe, expect, it } from 'vitest';
import { compareDevices } from '../../../shared/compare/compare';
import { ComparisonSchema, type SubjectComparison } from '../../../shared/compare/schema';
import { catalogueSubject, CompareSubjectSchema, MAX_RIG_DEVICES, type CompareSubject } from '../../../shared/compare/subject';
import { resolveMarket } from '../../../shared/market/assumptions';
import { defaultPreferences } from '../../../shared/market/preferences';
import { catalogueGpu, rigHost } from '../../support/devices';

const market = resolveMarket({}, null);
const now = new Date('2026-06-01T00:00:00Z');
const eightRx580 = Array.from({ length: 8 }, () => catalogueGpu('amd-rx-580-8gb', { gen: 3, width: 1 }));
const rig: CompareSubject = { kind: 'rig', devices: eightRx580, host: rigHost(), label: 'rig-09 — whole rig, 8 GPUs' };
const compare = (subjects: CompareSubject[]) => ComparisonSchema.parse(compareDevices(subjects, market, defaultPreferences(), now));
const cell = (s: SubjectComparison | undefined, id: string) => s?.verdicts.find((v) => v.workloadId === id);
const decode = (s: SubjectComparison | undefined, id: string) => s?.estimates.llm.find((e) => e.workloadId === id)?.decodeTokensPerSecond ?? null;

describe('a whole rig compared as one machine', () => {
  const c = compare([rig, catalogueSubject('gpu', 'amd-rx-580-8gb', 8)]);
  const [whole, cards] = c.subjects;

  it('pools its VRAM and power, and keeps its slowest card’s bandwidth and narrowest link', () => {
    if (whole?.spec.kind !== 'gpu' || cards?.spec.kind !== 'gpu') throw new Error('GPU subjects expected');
    expect(whole.origin).toBe('rig');
    expect(whole.count).toBe(8);
    expect(whole.spec.vramGB).toBe(64);
    // Power is per unit in every column: the rig's eight cards draw what eight catalogue cards draw.
    expect(whole.spec.powerW).toBe(cards.spec.powerW);
    expect(whole.spec.fp32Tflops).toBeCloseTo(8 * (cards.spec.fp32Tflops ?? 0), 1);
    expect(whole.spec.bandwidthGBs).toBe(cards.spec.bandwidthGBs);
    expect(whole.spec.pcie?.width).toBe(1);
    expect(whole.notes.map((n) => n.code)).toContain('rig-whole');
  });

  it('runs a 70B model split across its cards, which eight separate cards cannot', () => {
    expect(cell(cards, 'llama-3.1-70b:Q4_K_M')?.verdict).toBe('no');
    expect(cell(whole, 'llama-3.1-70b:Q4_K_M')?.verdict).not.toBe('no');
    expect(decode(whole, 'llama-3.1-70b:Q4_K_M')).toBeGreaterThan(0);
    // What one card does alone, the rig does at least as well.
    expect(decode(whole, 'llama-3.1-8b:Q4_K_M')).toBe(decode(cards, 'llama-3.1-8b:Q4_K_M'));
    expect(whole?.summary.yes).toBeGreaterThanOrEqual(cards?.summary.yes ?? 0);
  });

  it('earns what its cards earn together (mining is per card; it is all eight)', () => {
    expect(whole?.efficiency.miningPerDay).toBeCloseTo(cards?.efficiency.miningPerDay ?? Number.NaN, 1);
  });

  it('is bounded: no more than the most cards one rig may hold, and at least one', () => {
    const many = Array.from({ length: MAX_RIG_DEVICES + 1 }, () => catalogueGpu('amd-rx-580-8gb'));
    expect(CompareSubjectSchema.safeParse({ ...rig, devices: many }).success).toBe(false);
    expect(CompareSubjectSchema.safeParse({ ...rig, devices: [] }).success).toBe(false);
  });
});
