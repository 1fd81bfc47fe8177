import { describe, expect, it } from 'vitest';
import { customModel } from '../../../shared/judge/custom-model';
import { isQuantId, llmModelById, llmModelByName, quantFormats } from '../../../shared/judge/data/llm-models';
import { MOE_DECODE_BYTES_FACTOR } from '../../../shared/judge/data/moe-decode';
import { activeWeightsGB, decodeWeightsGB, kvCacheGB, vramNeededGB } from '../../../shared/judge/llm-math';

const model = (id: string) => {
  const m = llmModelById(id);
  if (!m) throw new Error(id);
  return m;
};

describe('MoE decode bytes factor (data/moe-decode.ts; the calibration is in moe-decode.test.ts)', () => {
  it('applies to fine-grained MoE models only', () => {
    expect(decodeWeightsGB(model('llama-3.1-8b'), quantFormats.Q4_K_M)).toBe(activeWeightsGB(model('llama-3.1-8b'), quantFormats.Q4_K_M));
    expect(decodeWeightsGB(model('qwen3-30b-a3b'), quantFormats.Q4_K_M)).toBeCloseTo(activeWeightsGB(model('qwen3-30b-a3b'), quantFormats.Q4_K_M) * MOE_DECODE_BYTES_FACTOR, 6);
    expect(decodeWeightsGB(model('mixtral-8x7b'), quantFormats.Q4_K_M)).toBe(activeWeightsGB(model('mixtral-8x7b'), quantFormats.Q4_K_M));
  });
});

describe('any quant, any context, models by name', () => {
  it('knows IQ1…IQ4, Q2_K…Q8_0, F16 and BF16, smallest to largest', () => {
    for (const q of ['IQ1_S', 'IQ1_M', 'IQ2_M', 'IQ3_M', 'IQ4_XS', 'Q2_K', 'Q6_K', 'Q8_0', 'F16', 'BF16', 'MXFP4']) expect(isQuantId(q)).toBe(true);
    expect(isQuantId('Q9_X')).toBe(false);
    expect(quantFormats.IQ1_S.bitsPerWeight).toBeLessThan(quantFormats.IQ1_M.bitsPerWeight);
    expect(quantFormats.IQ2_M.bitsPerWeight).toBeLessThan(quantFormats.IQ3_M.bitsPerWeight);
    expect(quantFormats.BF16.bitsPerWeight).toBe(16);
  });
  it('VRAM need grows with the context by the GQA KV cache (Qwen3-30B-A3B: 96 KiB per token)', () => {
    const m = model('qwen3-30b-a3b');
    expect(kvCacheGB(m, 1) * 1e9).toBe(48 * 4 * 128 * 2 * 2);
    expect(vramNeededGB(m, quantFormats.Q4_K_M, 32768) - vramNeededGB(m, quantFormats.Q4_K_M, 4096)).toBeCloseTo(2.625, 3);
  });
  it('finds models by id or label', () => {
    expect(llmModelByName('qwen3-30b-a3b')?.id).toBe('qwen3-30b-a3b');
    expect(llmModelByName('Qwen3 30B-A3B')?.id).toBe('qwen3-30b-a3b');
    expect(llmModelByName('Llama 3.1 8B')?.id).toBe('llama-3.1-8b');
    expect(llmModelByName('no such')).toBeUndefined();
  });
});

describe('KV cache where the model data say sliding window or MLA', () => {
  it('gpt-oss-20b: 12 of 24 layers keep only 128 tokens, so 32k context costs about half a dense cache', () => {
    const m = model('gpt-oss-20b');
    const perLayerToken = 2 * 8 * 64 * 2;
    expect(kvCacheGB(m, 32768) * 1e9).toBe(perLayerToken * (12 * 32768 + 12 * 128));
    expect(kvCacheGB(m, 64) * 1e9).toBe(perLayerToken * 24 * 64);
  });
  it('DeepSeek-V2-Lite (MLA) caches one 576-wide latent per layer and token', () => {
    const m = model('deepseek-v2-lite');
    expect(kvCacheGB(m, 1000) * 1e9).toBe(27 * 576 * 2 * 1000);
    expect(kvCacheGB(m, 1000)).toBeLessThan(kvCacheGB({ ...m, mlaLatentDim: undefined }, 1000) / 5);
  });
});

describe('a model from its shape (command line input, zod-checked)', () => {
  it('builds a dense or MoE model and refuses impossible shapes', () => {
    const m = customModel({ paramsB: 30.5, activeParamsB: 3.3, layers: 48, kvHeads: 4, headDim: 128 }, '2026-12-07');
    expect(m).toMatchObject({ sizeClass: 'moe', activeParamsB: 3.3, source: { date: '2026-12-07' } });
    expect(kvCacheGB(m, 1)).toBe(kvCacheGB(model('qwen3-30b-a3b'), 1));
    expect(customModel({ paramsB: 14, layers: 48, kvHeads: 8, headDim: 128 }, '2026-12-07').sizeClass).toBe('13-14B');
    expect(() => customModel({ paramsB: 3, activeParamsB: 7, layers: 4, kvHeads: 4, headDim: 64 }, '2026-12-07')).toThrow(/active params/);
    expect(() => customModel({ paramsB: 3, layers: 0, kvHeads: 4, headDim: 64 }, '2026-12-07')).toThrow();
  });
});
