import { describe, expect, it } from 'vitest';
import { unknownHost } from '../../../shared/device/host';
import { contextSteps } from '../../../shared/judge/context-steps';
import { llmModels, onRequestModels } from '../../../shared/judge/data/llm-models';
import { llmMaxContext } from '../../../shared/judge/data/llm-max-context';
import { judgeOneModel, quantOf, resolveModel } from '../../../shared/judge/judge-one-model';
import { catalogueGpu } from '../../support/devices';

const host = { ...unknownHost, ramGB: 32 };
const named = (name: string) => {
  const r = resolveModel({ name }, '2026-12-07');
  if (!r.ok) throw new Error(name);
  return r.model;
};
const rtx3070 = catalogueGpu('nvidia-rtx-3070');
const rtx3090 = catalogueGpu('nvidia-rtx-3090');

describe('judgeOneModel (shared by CLI judge --model and the UI "Try a model" panel, #21.4)', () => {
  it('a 14B Q4 on an 8 GB card is limited, with a CPU-offload decode speed and no time to first token', () => {
    const w = judgeOneModel(rtx3070, host, named('qwen2.5-14b'), 'Q4_K_M');
    expect(w.verdict).toBe('limited');
    expect(w.estimates.cpuOffloadGB ?? 0).toBeGreaterThan(0);
    expect(w.estimates.decodeTokensPerSecond ?? 0).toBeGreaterThan(1);
    expect(w.estimates.backend).toMatch(/\+ CPU/);
    expect(w.estimates.timeToFirstTokenSeconds).toBeUndefined();
  });
  it('without host RAM to hold the rest, the same model is a "no"', () => {
    expect(judgeOneModel(rtx3070, { ...host, ramGB: 4 }, named('qwen2.5-14b'), 'Q4_K_M').verdict).toBe('no');
  });
  it('context 32768 raises the VRAM need by the KV cache (Qwen3-30B-A3B: 96 KiB per token)', () => {
    const short = judgeOneModel(rtx3090, host, named('qwen3-30b-a3b'), 'Q4_K_M', { contextTokens: 4096 });
    const long = judgeOneModel(rtx3090, host, named('qwen3-30b-a3b'), 'Q4_K_M', { contextTokens: 32768 });
    expect((long.estimates.vramRequiredGB ?? 0) - (short.estimates.vramRequiredGB ?? 0)).toBeCloseTo((28672 * 98304) / 2 ** 30, 1);
    expect(long.estimates.decodeAtContextTokensPerSecond ?? Infinity).toBeLessThan(long.estimates.decodeTokensPerSecond ?? 0);
  });
  it('Q6_K works, needs more VRAM than Q4_K_M and gives a time to first token for the default 512-token prompt', () => {
    const q4 = judgeOneModel(rtx3090, host, named('llama-3.1-8b'), quantOf('Q4_K_M') ?? 'F16');
    const q6 = judgeOneModel(rtx3090, host, named('llama-3.1-8b'), quantOf('Q6_K') ?? 'F16');
    expect(q6.id).toBe('llama-3.1-8b:Q6_K');
    expect(q6.estimates.vramRequiredGB ?? 0).toBeGreaterThan(q4.estimates.vramRequiredGB ?? Infinity);
    expect(q6.estimates.promptTokens).toBe(512);
    expect(q6.estimates.timeToFirstTokenSeconds ?? 0).toBeGreaterThan(0);
  });
  it('a custom shape equal to a listed model is judged like it; a half-given shape is refused with its issues', () => {
    const shaped = resolveModel({ shape: { paramsB: 14.77, layers: 48, kvHeads: 8, headDim: 128 } }, '2026-12-07');
    if (!shaped.ok) throw new Error('shape refused');
    const a = judgeOneModel(rtx3090, host, shaped.model, 'Q4_K_M');
    const b = judgeOneModel(rtx3090, host, named('qwen2.5-14b'), 'Q4_K_M');
    expect(a.estimates.vramRequiredGB).toBeCloseTo(b.estimates.vramRequiredGB ?? 0, 1);
    const half = resolveModel({ shape: { paramsB: 14.8 } }, '2026-12-07');
    expect(half.ok).toBe(false);
    if (!half.ok && half.code === 'bad-shape') expect(half.issues.join(' ')).toMatch(/layers/);
    expect(resolveModel({ shape: { paramsB: 3, activeParamsB: 5, layers: 8, kvHeads: 2, headDim: 64 } }, '2026-12-07').ok).toBe(false);
  });
  it('refuses an unknown model or quant', () => {
    expect(resolveModel({ name: 'no-such-model' }, '2026-12-07')).toEqual({ ok: false, code: 'unknown-model', name: 'no-such-model' });
    expect(quantOf('Q9_X')).toBeNull();
    expect(quantOf(undefined)).toBe('Q4_K_M');
  });
});

describe('context slider stops (contextSteps)', () => {
  it('are powers of two from 2k up to the model’s longest context, 128k for a custom shape', () => {
    expect(contextSteps('llama-2-7b')).toEqual([2048, 4096]);
    expect(contextSteps('qwen3-30b-a3b').at(-1)).toBe(32768);
    expect(contextSteps('')).toEqual([2048, 4096, 8192, 16384, 32768, 65536, 131072]);
  });
  it('every listed model has a longest context with its source', () => {
    for (const m of [...llmModels, ...onRequestModels]) {
      expect(llmMaxContext[m.id]?.tokens ?? 0, m.id).toBeGreaterThanOrEqual(4096);
      expect(llmMaxContext[m.id]?.source.ref).toMatch(/^https:\/\/huggingface\.co\//);
    }
  });
});
