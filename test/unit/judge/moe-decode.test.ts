import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueGpu, workstationHost } from '../../support/devices';
import { llmModelById, quantFormats } from '../../../shared/judge/data/llm-models';
import { MOE_CPU_LAYER_MS, MOE_DECODE_BYTES_FACTOR, MOE_TOLERANCE, moeMeasurements } from '../../../shared/judge/data/moe-decode';
import { decodeEfficiencyFor, efficiencyArch } from '../../../shared/judge/efficiency';
import { profileOf } from '../../../shared/judge/gpu-profile';
import { judgeLlm } from '../../../shared/judge/judge-llm';
import { activeWeightsGB, isFineGrainedMoe, kvCacheGB, SHORT_CONTEXT } from '../../../shared/judge/llm-math';
import { checkMoeRow, moeCalibrationMarkdown, moeChecks } from '../../../shared/judge/moe-calibration';
import { cpuExpertShare, expertOffloadReads, nonExpertWeightsGB } from '../../../shared/judge/moe-offload';
import { stackSupport } from '../../../shared/judge/software-support';

const model = (id: string) => {
  const m = llmModelById(id);
  if (!m) throw new Error(id);
  return m;
};
const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

describe('MoE decode against published runs (data/moe-decode.ts)', () => {
  it('MOE_DECODE_BYTES_FACTOR is the median effective-bytes ÷ active-weights ratio of the full-offload fine-grained rows', () => {
    const rows = moeMeasurements.filter((m) => !m.offload && isFineGrainedMoe(model(m.modelId)));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    const ratios = rows.map((m) => {
      const profile = profileOf(catalogueGpu(m.gpuId));
      const eff = decodeEfficiencyFor(m.backend, efficiencyArch(profile));
      const seconds = 1 / m.decodeTokensPerSecond - eff.latencyMs / 1000;
      const effectiveGB = seconds * eff.efficiency * (profile.bandwidthGBs ?? 0) - kvCacheGB(model(m.modelId), SHORT_CONTEXT);
      return effectiveGB / activeWeightsGB(model(m.modelId), quantFormats[m.quant]);
    });
    expect(MOE_DECODE_BYTES_FACTOR).toBeCloseTo(median(ratios), 1);
  });

  it('MOE_CPU_LAYER_MS is the median per-layer time the expert-offload rows with stated RAM leave unexplained', () => {
    const rows = moeMeasurements.filter((m) => m.offload?.ramPeakGBs && !m.outlier);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const perLayerMs = rows.map((m) => {
      const layers = m.offload?.cpuMoeLayers ?? 1;
      const withoutHandOver = 1 / checkMoeRow(m).estimated - (layers * MOE_CPU_LAYER_MS) / 1000;
      return ((1 / m.decodeTokensPerSecond - withoutHandOver) * 1000) / layers;
    });
    expect(Math.abs(median(perLayerMs) - MOE_CPU_LAYER_MS)).toBeLessThan(0.02);
  });

  it(`the judge lands within ±${MOE_TOLERANCE * 100} % of every row but the named outliers (per-row error in the message)`, () => {
    for (const { row, estimated, error } of moeChecks()) {
      const label = `${row.modelId} ${row.quant} on ${row.gpuId}${row.offload ? ` --n-cpu-moe ${row.offload.cpuMoeLayers}` : ''}: published ${row.decodeTokensPerSecond}, estimated ${estimated.toFixed(1)}, error ${(error * 100).toFixed(1)} %`;
      expect(row.source.ref, label).toMatch(/^https:\/\//);
      if (row.outlier) expect(Math.abs(error), label).toBeGreaterThan(MOE_TOLERANCE);
      else expect(Math.abs(error), label).toBeLessThanOrEqual(MOE_TOLERANCE);
    }
  });

  it('docs/estimates.md carries the table the rows generate (it cannot drift)', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'estimates.md'), 'utf8');
    expect(doc).toContain(moeCalibrationMarkdown());
  });
});

describe('fine-grained vs coarse experts', () => {
  it('applies the bytes factor to fine-grained experts only (Mixtral experts are dense 7B FFNs)', () => {
    expect(isFineGrainedMoe(model('qwen3-30b-a3b'))).toBe(true);
    expect(isFineGrainedMoe(model('gpt-oss-20b'))).toBe(true);
    expect(isFineGrainedMoe(model('deepseek-v2-lite'))).toBe(true);
    expect(isFineGrainedMoe(model('mixtral-8x7b'))).toBe(false);
    expect(isFineGrainedMoe(model('llama-3.1-8b'))).toBe(false);
  });
});

describe('expert offload (--n-cpu-moe)', () => {
  it('keeps the non-expert weights on the GPU and sends only the active experts of CPU layers over RAM', () => {
    const m = model('qwen3-30b-a3b');
    const q = quantFormats.Q4_K_M;
    // 48 × 128 × 3 × 2048 × 768 = 28.99 B routed-expert params; the other 1.54 B at 4.85 bpw ≈ 0.93 GB.
    expect(nonExpertWeightsGB(m, q)).toBeCloseTo((1.54 * 4.85) / 8, 2);
    expect(cpuExpertShare(m, q, nonExpertWeightsGB(m, q))).toBe(1);
    // All experts in RAM: the CPU reads 8 of 128 experts per layer, 28.99 × 8/128 × 4.85/8 ≈ 1.10 GB a token.
    const all = expertOffloadReads(m, q, 1);
    expect(all.cpuGB).toBeCloseTo((28.99 * (8 / 128) * 4.85) / 8, 2);
    expect(all.handOverS * 1000).toBeCloseTo(48 * MOE_CPU_LAYER_MS, 6);
    expect(all.gpuGB).toBeLessThan(activeWeightsGB(m, q) * MOE_DECODE_BYTES_FACTOR - all.cpuGB);
  });

  it('gpt-oss-120b MXFP4 on a 24 GB card with 128 GB of RAM is limited by expert offload, not ruled out', () => {
    const profile = profileOf(catalogueGpu('nvidia-rtx-3090'));
    const host = { ...workstationHost(), ramGB: 128 };
    const w = judgeLlm(profile, host, stackSupport(profile), 'gpt-oss-120b', 'MXFP4');
    expect(w.verdict).toBe('limited');
    expect((w.reasonCodes ?? []).map((r) => r.code)).toContain('llm-expert-offload');
    // ≈ 1.5 GB of active experts from RAM a token: about 10–15 tok/s on 2-channel DDR4, not the ≈ 1 of a layer split.
    expect(w.estimates.decodeTokensPerSecond ?? 0).toBeGreaterThan(8);
    expect(w.estimates.decodeTokensPerSecond ?? Infinity).toBeLessThan(25);
  });
});
