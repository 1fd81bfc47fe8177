import { describe, expect, it } from 'vitest';
import { catalogueGpu, workstationHost } from '../../support/devices';
import { formatReport } from '../../../electron/cli/format-report';
import { decodeRanges } from '../../../shared/judge/data/efficiency-table';
import { llmModelById, quantFormats } from '../../../shared/judge/data/llm-models';
import { rangeOf } from '../../../shared/judge/decode-range';
import { profileOf } from '../../../shared/judge/gpu-profile';
import { judgeLlm } from '../../../shared/judge/judge-llm';
import { backendFigures } from '../../../shared/judge/backend-estimates';
import { forcedSplitEstimate } from '../../../shared/judge/judge-rig';
import { sig2, speedText } from '../../../shared/judge/speed-text';
import { stackSupport } from '../../../shared/judge/software-support';

const judge = (gpuId: string, modelId = 'llama-2-7b', quant: 'Q4_0' | 'Q4_K_M' = 'Q4_0') => {
  const profile = profileOf(catalogueGpu(gpuId));
  return judgeLlm(profile, workstationHost(), stackSupport(profile), modelId, quant);
};

describe('decode estimates carry a range and the evidence behind them (#21.1)', () => {
  it('rounds to two significant figures', () => {
    expect([sig2(267.4), sig2(22.37), sig2(8.76), sig2(0.456), sig2(1234)]).toEqual([270, 22, 8.8, 0.46, 1200]);
    // Large figures come out whole, not 170000.00000000003.
    expect([sig2(170_000.4), sig2(1_526_557), sig2(-0.0123)]).toEqual([170_000, 1_500_000, -0.012]);
    expect(speedText({ decodeTokensPerSecond: 22.3, decodeRange: { low: 17.2, high: 27.4 } })).toBe('≈ 22 tok/s, 17–27');
    expect(speedText({ decodeTokensPerSecond: 4.12, decodeRange: { low: 2.8, high: 6.04 }, speedBasis: { group: 'cuda:pascal', cards: 1, rows: 5, extrapolated: true }, cpuOffloadGB: 3 })).toBe('≈ 4.1 tok/s, 2.8–6, extrapolated, CPU offload');
    expect(speedText({})).toBeNull();
  });

  it('an RTX 3090 estimate comes from the CUDA Ampere group of several cards, its range from their leave-one-out error', () => {
    const e = judge('nvidia-rtx-3090').estimates;
    expect(e.speedBasis).toMatchObject({ group: 'cuda:ampere', extrapolated: false });
    expect(e.speedBasis?.cards).toBeGreaterThanOrEqual(3);
    const spread = decodeRanges['cuda:ampere']?.spread ?? 0;
    const expected = rangeOf(e.decodeTokensPerSecond ?? 0, spread);
    expect(e.decodeRange?.low).toBeCloseTo(expected.low, 0);
    expect(e.decodeRange?.high).toBeCloseTo(expected.high, 0);
    expect(e.decodeRange?.low ?? Infinity).toBeLessThan(e.decodeTokensPerSecond ?? 0);
  });

  it('a GTX 1070 (no published row of its own) says extrapolated: Pascal has two measured cards, fewer than a range needs', () => {
    const e = judge('nvidia-gtx-1070').estimates;
    expect(e.speedBasis).toMatchObject({ group: 'cuda:pascal', cards: 2, extrapolated: true });
    const ampere = judge('nvidia-rtx-3090').estimates;
    const width = (x: typeof e) => (x.decodeRange?.high ?? 0) / (x.decodeRange?.low ?? 1);
    expect(width(e)).toBeGreaterThan(width(ampere));
  });

  it('every backend figure has a range and says which group, how many cards and rows', () => {
    const profile = profileOf(catalogueGpu('nvidia-rtx-3090'));
    const model = llmModelById('llama-3.1-8b');
    if (!model) throw new Error('model');
    const figures = backendFigures(profile, stackSupport(profile), model, quantFormats.Q4_K_M);
    expect(figures.map((f) => f.backend)).toEqual(['cuda', 'vulkan']);
    for (const f of figures) {
      expect(f.basis).toMatch(/^\w+(:[\w-]+)? \(\d+ cards, \d+ rows(, extrapolated)?\)$/);
      expect(f.decodeRange?.high ?? 0).toBeGreaterThan(f.decodeTokensPerSecond ?? Infinity);
    }
  });

  it('a layer split over several cards (not calibrated) is always extrapolated, with the widest range of its cards', () => {
    const profiles = [profileOf(catalogueGpu('nvidia-rtx-3090')), profileOf(catalogueGpu('nvidia-gtx-1070'))];
    const model = llmModelById('llama-3.2-3b');
    if (!model) throw new Error('model');
    const e = forcedSplitEstimate(profiles, 2, model, quantFormats.Q4_K_M);
    expect(e.speedBasis).toMatchObject({ group: 'cuda:pascal', extrapolated: true });
    expect(e.decodeRange?.high ?? 0).toBeGreaterThan(e.decodeTokensPerSecond ?? Infinity);
  });

  it('the CLI report shows the rounded figure and its range, not two decimals', () => {
    const w = judge('nvidia-rtx-3090');
    const report = { host: workstationHost(), devices: [], rig: { gpus: 1, totalVramGB: 24, pooled: [w] }, warnings: [] } as unknown as Parameters<typeof formatReport>[0];
    const text = formatReport(report, false);
    expect(text).toMatch(/≈ \d+ tok\/s, \d+–\d+/);
    expect(text).not.toMatch(/\d+\.\d\d tok\/s/);
  });
});
