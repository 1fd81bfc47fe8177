import { describe, expect, it } from 'vitest';
import { calibrationRows, fitDecode, fitPrompt, leaveOneOut, looByGroup, supersededRows, withinBand, withPriors } from '../../../shared/judge/calibrate';
import { decodeEfficiency, promptEfficiency } from '../../../shared/judge/data/efficiency-table';
import { llamaBenchReference } from '../../../shared/judge/data/llama-bench-reference';
import { llmModelById, quantFormats, type LlmModel, type QuantFormat } from '../../../shared/judge/data/llm-models';
import { profileOf } from '../../../shared/judge/gpu-profile';
import { speedEstimates } from '../../../shared/judge/judge-llm';
import { weightsGB } from '../../../shared/judge/llm-math';
import { stackSupport } from '../../../shared/judge/software-support';
import { catalogueGpu } from '../../support/devices';

const rows = calibrationRows();

describe('decode calibration against published llama-bench rows', () => {
  it('uses most of the published rows (the rest name GPUs the catalogue cannot pin down)', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    // The rest: GPUs outside the catalogue, SYCL, CMP patched runs, and superseded builds (listed in the calibration table).
    expect(rows.length).toBeGreaterThanOrEqual(llamaBenchReference.length - 6 - supersededRows().length);
  });

  it('stores exactly the table the data produce (run `npm run calibrate -- --write` after changing the data)', () => {
    expect(decodeEfficiency).toEqual(withPriors(fitDecode(rows)));
    const { default: _prior, ...fittedPrompt } = promptEfficiency;
    expect(fittedPrompt).toEqual(fitPrompt(rows));
    for (const entry of Object.values(decodeEfficiency)) expect(entry.efficiency).toBeLessThanOrEqual(0.95);
  });

  it('puts the judge\'s llama-2-7b:Q4_0 decode estimate within ±25 % of the measurement for at least 80 % of rows', () => {
    const model = llmModelById('llama-2-7b');
    if (!model) throw new Error('reference model');
    const results = rows.map(({ row }) => {
      const profile = profileOf(catalogueGpu(row.gpuId));
      const support = { ...stackSupport(profile), llamaBackend: row.backend };
      // Rows of other models: a model of the row's params whose file is the row's size (KV left out, as the fit does).
      const m: LlmModel = row.model ? { ...model, paramsB: row.model.paramsB, layers: 0 } : model;
      const q: QuantFormat = row.model ? { ...quantFormats.Q4_0, bitsPerWeight: (row.model.fileGB * 8) / row.model.paramsB } : quantFormats.Q4_0;
      const estimate = speedEstimates(profile, support, m, q, weightsGB(m, q)).decodeTokensPerSecond;
      return { id: row.gpuId, backend: row.backend, error: (estimate ?? 0) / row.tg128 - 1 };
    });
    const within = results.filter((r) => Math.abs(r.error) <= 0.25).length / results.length;
    expect(within).toBeGreaterThanOrEqual(0.8);
  });

  it('leave-one-out by card: at least 80 % of current rows within ±25 % when their GPU is left out of the fit', () => {
    const loo = leaveOneOut(rows);
    expect(loo.length).toBe(rows.length);
    expect(withinBand(loo)).toBeGreaterThanOrEqual(0.8);
    // Groups with several cards hold their own (CUDA Ampere/Ada/Blackwell, Apple): each ≥ 80 %.
    for (const g of looByGroup(loo).filter((x) => ['cuda:ada', 'cuda:ampere', 'cuda:blackwell', 'metal:apple'].includes(x.key))) expect(g.within).toBeGreaterThanOrEqual(0.8);
  });

  it('mining-era cards are calibrated from their own rows: Polaris on Vulkan from RX 480/580, Pascal from the P40', () => {
    expect(decodeEfficiency['vulkan:gcn4']?.n).toBeGreaterThanOrEqual(2);
    expect(decodeEfficiency['vulkan:gcn4']?.efficiency).toBeLessThan(0.45);
    expect(decodeEfficiency['cuda:pascal']?.n).toBeGreaterThanOrEqual(2);
  });

  it('drops superseded builds (same GPU, backend and model measured a year later) from fit and score', () => {
    const old = supersededRows();
    expect(old.some((r) => r.gpuId === 'nvidia-rtx-3090' && r.tg128 === 121.82)).toBe(true);
    expect(rows.some((r) => old.includes(r.row))).toBe(false);
  });
});
