import { describe, expect, it } from 'vitest';
import { calibrationRows, fitDecode, fitPrompt, withPriors } from '../../../shared/judge/calibrate';
import { decodeEfficiency, promptEfficiency } from '../../../shared/judge/data/efficiency-table';
import { llamaBenchReference } from '../../../shared/judge/data/llama-bench-reference';
import { llmModelById, quantFormats } from '../../../shared/judge/data/llm-models';
import { profileOf } from '../../../shared/judge/gpu-profile';
import { speedEstimates } from '../../../shared/judge/judge-llm';
import { weightsGB } from '../../../shared/judge/llm-math';
import { stackSupport } from '../../../shared/judge/software-support';
import { catalogueGpu } from '../../support/devices';

const rows = calibrationRows();

describe('decode calibration against published llama-bench rows', () => {
  it('uses most of the published rows (the rest name GPUs the catalogue cannot pin down)', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(rows.length).toBeGreaterThanOrEqual(llamaBenchReference.length - 6);
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
      const estimate = speedEstimates(profile, support, model, quantFormats.Q4_0, weightsGB(model, quantFormats.Q4_0)).decodeTokensPerSecond;
      return { id: row.gpuId, backend: row.backend, error: (estimate ?? 0) / row.tg128 - 1 };
    });
    const within = results.filter((r) => Math.abs(r.error) <= 0.25).length / results.length;
    expect(within).toBeGreaterThanOrEqual(0.8);
  });
});
