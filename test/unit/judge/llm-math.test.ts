import { describe, expect, it } from 'vitest';
import { llmModelById, quantFormats } from '../../../shared/judge/data/llm-models';
import { decodeTokensPerSecond, kvCacheGB, loadSeconds, maxContextFitting, promptTokensPerSecond, toGiB, vramNeededGB, weightsGB } from '../../../shared/judge/llm-math';
import { genFromSpeed, laneGBs, linkGBs } from '../../../shared/hardware/pcie';

const model = (id: string) => {
  const found = llmModelById(id);
  if (!found) throw new Error(id);
  return found;
};

describe('LLM memory formulas (worked examples from ai-capability.md §2)', () => {
  it('Llama-2-7B Q4_0 weighs 3.83 GB (3.57 GiB; the real file is 3.56 GiB)', () => {
    const gb = weightsGB(model('llama-2-7b'), quantFormats.Q4_0);
    expect(gb).toBeCloseTo(3.833, 2);
    expect((gb * 1e9) / 2 ** 30).toBeCloseTo(3.57, 1);
  });

  it('Llama-3-70B-class Q4_K_M weighs ≈ 39.8 GiB (file: 39.59 GiB)', () => {
    expect((weightsGB(model('llama-3.1-70b'), quantFormats.Q4_K_M) * 1e9) / 2 ** 30).toBeCloseTo(39.8, 0);
  });

  it('KV cache: Llama-2-7B (no GQA) is 512 KiB per token, 2 GiB at 4096 tokens; Llama-3-8B (GQA 8) is 128 KiB per token', () => {
    expect(kvCacheGB(model('llama-2-7b'), 1) * 1e9).toBe(524_288);
    expect((kvCacheGB(model('llama-2-7b'), 4096) * 1e9) / 2 ** 30).toBeCloseTo(2, 5);
    expect(kvCacheGB(model('llama-3.1-8b'), 1) * 1e9).toBe(131_072);
  });

  it('VRAM needed (GiB, as drivers report VRAM) adds weights, KV at the context and the runtime overhead', () => {
    const m = model('llama-3.1-8b');
    expect(vramNeededGB(m, quantFormats.Q4_K_M, 4096)).toBeCloseTo(((weightsGB(m, quantFormats.Q4_K_M) + kvCacheGB(m, 4096)) * 1e9) / 2 ** 30 + 0.7, 6);
  });

  it('a model whose file is 131 GiB needs ≈ file + KV + buffers (≈ 133 GiB), not 143: Llama 3.1 70B F16', () => {
    const m = model('llama-3.1-70b');
    expect(toGiB(weightsGB(m, quantFormats.F16))).toBeCloseTo(131.4, 1);
    expect(vramNeededGB(m, quantFormats.F16)).toBeCloseTo(131.4 + 1.25 + 0.7, 0);
    expect(vramNeededGB(m, quantFormats.F16)).toBeLessThan(134);
  });

  it('finds the longest context that fits next to the weights', () => {
    const m = model('llama-2-7b');
    const ctx = maxContextFitting(m, quantFormats.Q4_0, 6);
    expect(vramNeededGB(m, quantFormats.Q4_0, ctx)).toBeLessThanOrEqual(6);
    expect(vramNeededGB(m, quantFormats.Q4_0, ctx + 1)).toBeGreaterThan(6);
    expect(maxContextFitting(m, quantFormats.F16, 8)).toBe(0);
  });
});

describe('speed formulas', () => {
  it('decode: 936 GB/s at 80 % efficiency over 3.83 GB and 1 ms latency ≈ 164 tokens/s', () => {
    expect(decodeTokensPerSecond(3.83, 936, 0.8, 0.001)).toBeCloseTo(1 / (3.83 / (0.8 * 936) + 0.001), 6);
    expect(decodeTokensPerSecond(3.83, 936, 0.8, 0.001)).toBeCloseTo(163.9, 0);
  });

  it('prompt: RTX 3090 at 142 TFLOPS and 49 % efficiency on 6.74 B params ≈ 5160 tokens/s (scoreboard: 5175)', () => {
    expect(promptTokensPerSecond(6.74, 142, 0.49)).toBeCloseTo(5161.7, 0);
  });

  it('load time: 4 GB over a Gen1 x1 riser ≈ 16 s (ai-capability.md §6)', () => {
    expect(loadSeconds(4, linkGBs(1, 1))).toBeCloseTo(16, 0);
  });
});

describe('PCIe arithmetic', () => {
  it('per-lane bandwidth after line coding', () => {
    expect(laneGBs(1)).toBeCloseTo(0.25, 6);
    expect(laneGBs(2)).toBeCloseTo(0.5, 6);
    expect(laneGBs(3)).toBeCloseTo(0.985, 3);
    expect(linkGBs(4, 16)).toBeCloseTo(31.5, 1);
    expect(() => laneGBs(9)).toThrow();
  });

  it('reads link speeds as sysfs and lspci print them', () => {
    expect(genFromSpeed('2.5 GT/s PCIe')).toBe(1);
    expect(genFromSpeed('8.0 GT/s')).toBe(3);
    expect(genFromSpeed('16GT/s')).toBe(4);
    expect(genFromSpeed('Unknown')).toBeNull();
  });
});
