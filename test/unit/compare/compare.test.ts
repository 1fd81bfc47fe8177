import { inEnglish } from '../../../shared/text/english-templates';
import { reasonsOf } from '../../../shared/judge/result';
import { describe, expect, it } from 'vitest';
import { asicById } from '../../../shared/catalogue/asic-catalogue';
import { gpuById } from '../../../shared/catalogue/gpu-catalogue';
import { compareDevices } from '../../../shared/compare/compare';
import { CompareCountError } from '../../../shared/compare/limits';
import { ComparisonSchema, type Comparison, type SubjectComparison } from '../../../shared/compare/schema';
import { catalogueSubject, type CompareSubject } from '../../../shared/compare/subject';
import { unknownHost } from '../../../shared/device/host';
import { deviceFromManual } from '../../../shared/device/manual-device';
import { projectHardware } from '../../../shared/earnings/project-hardware';
import { judgeMachine } from '../../../shared/judge/judge-machine';
import { resolveMarket } from '../../../shared/market/assumptions';
import { defaultPreferences, type Preferences } from '../../../shared/market/preferences';
import { catalogueGpu, workstationHost } from '../../support/devices';

const market = resolveMarket({}, null);
const now = new Date('2026-06-01T00:00:00Z');
const compare = (subjects: CompareSubject[], preferences: Preferences = defaultPreferences()): Comparison => ComparisonSchema.parse(compareDevices(subjects, market, preferences, now));
const gpu = (c: Comparison, i: number): SubjectComparison & { spec: { kind: 'gpu' } } => {
  const s = c.subjects[i];
  if (!s || s.spec.kind !== 'gpu') throw new Error(`subject ${i} is not a GPU`);
  return s as SubjectComparison & { spec: { kind: 'gpu' } };
};
const spec3090 = gpuById('nvidia-rtx-3090');
const specS19 = asicById('antminer-s19-pro');

describe('compareDevices', () => {
  const mixed = compare([catalogueSubject('gpu', 'nvidia-rtx-3090'), catalogueSubject('gpu', 'amd-rx-580-8gb', 8), catalogueSubject('asic', 'antminer-s19-pro')]);

  it('takes GPU spec rows from the catalogue entry', () => {
    if (!spec3090) throw new Error('catalogue lost the RTX 3090');
    const s = gpu(mixed, 0).spec;
    expect(s.vramGB).toBe(24);
    expect(s.vramGB).toBe(spec3090.vramGB);
    expect(s.bandwidthGBs).toBe(spec3090.bandwidthGBs);
    expect([s.fp16Tflops, s.fp32Tflops, s.matrixFp16Tflops, s.matrixUnits, s.powerW]).toEqual([spec3090.fp16Tflops, spec3090.fp32Tflops, spec3090.matrixFp16Tflops, spec3090.matrixUnits, spec3090.tdpW]);
    expect(s.pcie).toEqual({ origin: 'catalogue', gen: 4, width: 16, maxGen: 4, maxWidth: 16 });
    expect(s.ageYears).toBe(2026 - spec3090.releaseYear);
    expect(gpu(mixed, 1).count).toBe(8);
    expect(gpu(mixed, 1).label).toBe('8× Radeon RX 580 8GB');
  });

  it('prefers the detected PCIe link (and VRAM, power limit) over the catalogue figures', () => {
    const riser = catalogueGpu('nvidia-rtx-3090', { gen: 3, width: 1 });
    const detected = { ...riser, vramMiB: 24_576, vramSource: 'nvidia-smi' as const, powerLimitW: 280 };
    const c = compare([catalogueSubject('gpu', 'nvidia-rtx-3090'), { kind: 'device', device: detected, host: workstationHost(), label: 'Rig GPU 3' }]);
    const onRiser = gpu(c, 1);
    expect(onRiser.label).toBe('Rig GPU 3');
    expect(onRiser.origin).toBe('device');
    expect(onRiser.spec.pcie).toEqual({ origin: 'detected', gen: 3, width: 1, maxGen: 3, maxWidth: 16 });
    expect(onRiser.spec.vramOrigin).toBe('detected');
    expect([onRiser.spec.powerW, onRiser.spec.powerOrigin]).toEqual([280, 'detected']);
    // The same card loads its weights ~16× slower over a Gen3 x1 riser than over the catalogue's Gen4 x16.
    const load = (s: SubjectComparison) => s.estimates.llm.find((e) => e.workloadId === 'llama-3.1-8b:Q4_K_M')?.loadTimeSeconds ?? null;
    expect(load(onRiser)).toBeGreaterThan((load(gpu(c, 0)) ?? Infinity) * 10);
    // Decode speed is the same card's either way; per watt it is better at the lower power limit.
    expect(onRiser.efficiency.tokensPerSecondPerWatt).toBeGreaterThan(gpu(c, 0).efficiency.tokensPerSecondPerWatt ?? Infinity);
  });

  it('gives every subject the same workload ids, in the judge order, with the judge verdicts', () => {
    const judged = judgeMachine(unknownHost, [catalogueGpu('nvidia-rtx-3090')]).devices[0]?.workloads ?? [];
    expect(mixed.workloads.map((w) => w.id)).toEqual(judged.map((w) => w.id));
    for (const s of mixed.subjects) expect(s.verdicts.map((v) => v.workloadId)).toEqual(mixed.workloads.map((w) => w.id));
    expect(gpu(mixed, 0).verdicts.map((v) => v.verdict)).toEqual(judged.map((w) => w.verdict));
    expect(gpu(mixed, 0).verdicts.map((v) => v.reason)).toEqual(judged.map((w) => w.reasons[0]));
    expect(mixed.workloads.find((w) => w.id === 'render-blender-cycles')?.label).not.toMatch(/via/);
  });

  it('says no to every AI workload for an ASIC, with the judge reason, and shows its mining rows', () => {
    if (!specS19) throw new Error('catalogue lost the S19 Pro');
    const asic = mixed.subjects[2];
    expect(asic?.kind).toBe('asic');
    expect(asic?.verdicts.every((v) => v.verdict === 'no')).toBe(true);
    expect(asic?.verdicts[0]?.reason).toMatch(/SHA-256/);
    expect(asic?.summary).toEqual({ yes: 0, limited: 0, no: mixed.workloads.length });
    expect(asic?.spec).toEqual({ kind: 'asic', algorithm: 'sha256', hashrateHs: 110e12, powerW: 3250, joulesPerTerahash: 29.5, releaseYear: specS19.releaseYear, ageYears: 2026 - specS19.releaseYear });
    expect(asic?.estimates.llm.every((e) => e.decodeTokensPerSecond === null && e.loadTimeSeconds === null)).toBe(true);
    expect([asic?.efficiency.tokensPerSecondPerWatt, asic?.efficiency.rentingPerDay]).toEqual([null, null]);
    expect(asic?.efficiency.miningPerDay).toEqual(expect.any(Number));
  });

  it('uses the judge estimates and leaves what it does not estimate null', () => {
    const judged = judgeMachine(unknownHost, [catalogueGpu('nvidia-rtx-3090')]).devices[0]?.workloads ?? [];
    const ref = judged.find((w) => w.id === 'llama-3.1-8b:Q4_K_M')?.estimates;
    const s = gpu(mixed, 0);
    expect(s.estimates.llm.find((e) => e.workloadId === 'llama-3.1-8b:Q4_K_M')).toEqual({
      workloadId: 'llama-3.1-8b:Q4_K_M',
      decodeTokensPerSecond: ref?.decodeTokensPerSecond,
      decodeRange: { ...ref?.decodeRange, extrapolated: false },
      promptTokensPerSecond: ref?.promptTokensPerSecond, loadTimeSeconds: ref?.loadTimeSeconds });
    // 70B Q4 does not fit in 24 GB: the judge makes no speed figure, nor does the comparison.
    expect(s.estimates.llm.find((e) => e.workloadId === 'llama-3.1-70b:Q4_K_M')?.decodeTokensPerSecond).toBeNull();
    expect(s.estimates.sdxlImagesPerMinute).toBeNull();
    expect(mixed.notEstimated.map(inEnglish).join(' ')).toMatch(/SDXL/);
    expect(s.efficiency.tokensPerSecondPerWatt).toBeCloseTo((ref?.decodeTokensPerSecond ?? 0) / 350, 3);
  });

  it('takes $/day of mining and renting from the earnings engine, in the chosen currency', () => {
    if (!spec3090 || !specS19) throw new Error('catalogue entries missing');
    const prefs = defaultPreferences();
    const rental = judgeMachine(unknownHost, [catalogueGpu('nvidia-rtx-3090')]).devices[0]?.workloads.find((w) => w.id === 'rental-marketplace');
    // Compare mines a GPU at the hashrate table's tuned power (#24) and rents it at the compared board power
    const result = projectHardware({ kind: 'gpu', spec: spec3090, count: 1 }, market, prefs, { start: now, rentalLoadW: spec3090.tdpW }, rental && { verdict: rental.verdict, reasons: reasonsOf(rental) });
    const engine = result.projection;
    expect(result.gpuMining?.powerW).toBeLessThan(spec3090.tdpW);
    expect(engine.mine?.daily.powerCost).toBeCloseTo(((result.gpuMining?.powerW ?? NaN) * 24 * prefs.electricityPerKwh) / 1000, 6);
    expect(result.input.rental?.loadW).toBe(spec3090.tdpW);
    expect(gpu(mixed, 0).efficiency.miningPerDay).toBeCloseTo(engine.mine?.daily.profit ?? NaN, 2);
    // at board power the mining figure would differ: the tuned power is what Compare shows
    const atBoard = projectHardware({ kind: 'gpu', spec: spec3090, count: 1 }, market, prefs, { start: now, powerW: spec3090.tdpW }).projection;
    expect(Math.abs((gpu(mixed, 0).efficiency.miningPerDay ?? NaN) - (atBoard.mine?.daily.profit ?? NaN))).toBeGreaterThan(0.01);
    expect(gpu(mixed, 0).efficiency.rentingPerDay).toBeCloseTo(engine.rent?.daily.profit ?? NaN, 2);
    const s19 = projectHardware({ kind: 'asic', spec: specS19, count: 1 }, market, prefs, { start: now }).projection;
    expect(mixed.subjects[2]?.efficiency.miningPerDay).toBeCloseTo(s19.mine?.daily.profit ?? NaN, 2);
    const eur = compare([catalogueSubject('asic', 'antminer-s19-pro'), catalogueSubject('gpu', 'nvidia-rtx-3090')], { ...prefs, currency: 'EUR', electricityPerKwh: 0.12 * market.value('eurPerUsd') });
    expect(eur.currency).toBe('EUR');
    expect(eur.subjects[0]?.efficiency.miningPerDay).toBeCloseTo((s19.mine?.daily.profit ?? NaN) * market.value('eurPerUsd'), 1);
  });

  it('compares an unrecognised detected card without inventing figures', () => {
    const unknownCard = { ...catalogueGpu('nvidia-rtx-3090'), rawName: 'Mystery GPU 9000', match: { id: null, name: null, level: 'unrecognised' as const, confidence: 0, reason: 'none', alternatives: [] }, vramMiB: 16_384, vramSource: 'sysfs' as const };
    const c = compare([{ kind: 'device', device: unknownCard }, catalogueSubject('gpu', 'nvidia-rtx-3090')]);
    const s = gpu(c, 0);
    expect(s.name).toBe('Mystery GPU 9000');
    expect([s.spec.vramGB, s.spec.bandwidthGBs, s.spec.fp16Tflops, s.spec.ageYears]).toEqual([16, null, null, null]);
    expect(s.estimates.llm.every((e) => e.decodeTokensPerSecond === null)).toBe(true);
    expect([s.efficiency.miningPerDay, s.efficiency.rentingPerDay, s.efficiency.tokensPerSecondPerWatt]).toEqual([null, null, null]);
  });

  it.each([1, 7, 0])('refuses %i subjects', (n) => {
    const subjects = Array.from({ length: n }, () => catalogueSubject('gpu', 'nvidia-rtx-3090'));
    expect(() => compareDevices(subjects, market, defaultPreferences(), now)).toThrow(CompareCountError);
    expect(() => compareDevices(subjects, market, defaultPreferences(), now)).toThrow(/2 to 6 devices; got/);
  });

  it('accepts 2 and 6 subjects, and refuses a catalogue id that does not exist', () => {
    expect(compare(Array.from({ length: 6 }, () => catalogueSubject('gpu', 'nvidia-rtx-3060-12gb'))).subjects).toHaveLength(6);
    expect(() => compareDevices([catalogueSubject('gpu', 'nvidia-rtx-9999'), catalogueSubject('gpu', 'nvidia-rtx-3090')], market, defaultPreferences(), now)).toThrow(/nvidia-rtx-9999/);
    expect(deviceFromManual({ id: 'x', kind: 'gpu', catalogueId: 'nvidia-rtx-9999', count: 1 })).toBeNull();
  });
});
