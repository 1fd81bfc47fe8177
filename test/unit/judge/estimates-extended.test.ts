import { describe, expect, it } from 'vitest';
import { catalogueGpu } from '../../support/devices';
import { backendFigures } from '../../../shared/judge/backend-estimates';
import { llmModelById, quantFormats } from '../../../shared/judge/data/llm-models';
import { profileOf } from '../../../shared/judge/gpu-profile';
import { hostRamBandwidth } from '../../../shared/judge/host-memory';
import { forcedSplitEstimate } from '../../../shared/judge/judge-rig';
import { activeWeightsGB, layerSplitDecodeTokensPerSecond, offloadDecodeTokensPerSecond, toGiB, weightsGB } from '../../../shared/judge/llm-math';
import { stackSupport } from '../../../shared/judge/software-support';

const model = (id: string) => {
  const m = llmModelById(id);
  if (!m) throw new Error(id);
  return m;
};

describe('quantisations: effective bpw from real GGUF files (llama-quantize sizes @ Llama-3-8B)', () => {
  it('K-quants: file GiB × 2³⁰ × 8 ÷ 8.03 B', () => {
    expect(quantFormats.Q4_K_S.bitsPerWeight).toBeCloseTo((4.37 * 2 ** 30 * 8) / 8.03e9, 2);
    expect(quantFormats.Q2_K.bitsPerWeight).toBeCloseTo(3.17, 2);
    expect(quantFormats.Q6_K.bitsPerWeight).toBeCloseTo(6.57, 2);
    expect(toGiB(weightsGB(model('llama-3.1-8b'), quantFormats.Q5_K_M))).toBeCloseTo(5.33, 1);
  });
  it('orders the quants by size, IQ2_XXS smallest, Q8_0 largest below F16', () => {
    const order = ['IQ2_XXS', 'IQ2_XS', 'IQ3_XXS', 'Q2_K', 'IQ3_S', 'Q3_K_S', 'Q3_K_M', 'Q3_K_L', 'IQ4_XS', 'Q4_0', 'IQ4_NL', 'Q4_K_S', 'Q4_K_M', 'Q5_K_S', 'Q5_K_M', 'Q6_K', 'Q8_0', 'F16'] as const;
    const bpw = order.map((q) => quantFormats[q].bitsPerWeight);
    expect([...bpw].sort((a, b) => a - b)).toEqual(bpw);
  });
});

describe('MoE and 1B-class models', () => {
  it('MoE: memory from total params, decode from active params', () => {
    const q = model('qwen3-30b-a3b');
    expect(weightsGB(q, quantFormats.Q4_K_M)).toBeCloseTo((30.53 * 4.85) / 8, 3);
    expect(activeWeightsGB(q, quantFormats.Q4_K_M)).toBeCloseTo((3.34 * 4.85) / 8, 3);
    const profile = profileOf(catalogueGpu('nvidia-rtx-3090'));
    const support = stackSupport(profile);
    const [moe] = backendFigures(profile, support, q, quantFormats.Q4_K_M);
    const [dense8b] = backendFigures(profile, support, model('llama-3.1-8b'), quantFormats.Q4_K_M);
    expect(moe?.decodeTokensPerSecond ?? 0).toBeGreaterThan(dense8b?.decodeTokensPerSecond ?? Infinity);
  });
  it('Llama 3.2 1B Q4_K_M weighs ≈ 0.7 GiB (file: 762.81 MiB = 0.745 GiB, geerlingguy/ai-benchmarks#3)', () => {
    expect(toGiB(weightsGB(model('llama-3.2-1b'), quantFormats.Q4_K_M))).toBeCloseTo(0.745, 1);
  });
});

describe('per-backend figures', () => {
  it('NVIDIA: CUDA (default) and Vulkan; Polaris: Vulkan only, because ROCm dropped gfx803', () => {
    const nv = profileOf(catalogueGpu('nvidia-gtx-1080-ti'));
    const nvFigures = backendFigures(nv, stackSupport(nv), model('llama-2-7b'), quantFormats.Q4_0);
    expect(nvFigures.map((f) => [f.backend, f.default])).toEqual([['cuda', true], ['vulkan', false]]);
    const polaris = profileOf(catalogueGpu('amd-rx-580-8gb'));
    expect(backendFigures(polaris, stackSupport(polaris), model('llama-2-7b'), quantFormats.Q4_0).map((f) => f.backend)).toEqual(['vulkan']);
    const rdna3 = profileOf(catalogueGpu('amd-rx-7900-xtx'));
    expect(backendFigures(rdna3, stackSupport(rdna3), model('llama-2-7b'), quantFormats.Q4_0).map((f) => f.backend)).toEqual(['rocm', 'vulkan']);
  });
});

describe('partial CPU offload', () => {
  it('host bandwidth: channels × 8 B × MT/s; unknown modules fall back to 2× DDR4-2400, said so', () => {
    expect(hostRamBandwidth({ ramModules: { type: 'DDR5', speedMTs: 6000, channels: 2 } }).peakGBs).toBeCloseTo(96, 6);
    const fallback = hostRamBandwidth({});
    expect(fallback.peakGBs).toBeCloseTo(38.4, 6);
    expect(fallback.assumed).toBe(true);
    expect(fallback.label).toMatch(/assumed/);
  });
  it('worked example: 3 GB on a 284 GB/s-effective card, 1.87 GB on 23 GB/s-effective RAM, 1 ms ≈ 10.9 tokens/s', () => {
    expect(offloadDecodeTokensPerSecond(3, 284, 1.87, 23, 0.001)).toBeCloseTo(1 / (3 / 284 + 1.87 / 23 + 0.001), 6);
    expect(offloadDecodeTokensPerSecond(3, 284, 1.87, 23, 0.001)).toBeCloseTo(10.9, 0);
  });
});

describe('a small model forced across cards (--split-mode layer)', () => {
  it('is slower over 2 and 4 cards than on one', () => {
    const one = layerSplitDecodeTokensPerSecond([{ gb: 4, effBandwidthGBs: 200, latencyS: 0.001 }]);
    const two = layerSplitDecodeTokensPerSecond([{ gb: 2, effBandwidthGBs: 200, latencyS: 0.001 }, { gb: 2, effBandwidthGBs: 200, latencyS: 0.001 }]);
    expect(one).toBeCloseTo(1 / 0.021, 6);
    expect(two).toBeCloseTo(1 / (0.021 + 0.001 + 0.0003), 6);
    const rig = Array.from({ length: 4 }, () => profileOf(catalogueGpu('nvidia-gtx-1070')));
    const m = model('llama-3.2-3b');
    const speeds = [1, 2, 4].map((n) => forcedSplitEstimate(rig, n, m, quantFormats.Q4_K_M).decodeTokensPerSecond ?? 0);
    expect(speeds[0]).toBeGreaterThan(speeds[1] ?? Infinity);
    expect(speeds[1]).toBeGreaterThan(speeds[2] ?? Infinity);
  });
});

describe('rig rows that fit one card', () => {
  it('also give the slower figure for llama.cpp splitting over every card (its default with several GPUs visible)', async () => {
    const { judgeRigLlm } = await import('../../../shared/judge/judge-rig');
    const { unknownHost } = await import('../../../shared/device/host');
    const rig = Array.from({ length: 6 }, () => profileOf(catalogueGpu('nvidia-gtx-1070')));
    const row = judgeRigLlm(rig, unknownHost).find((w) => w.id === 'llama-3.2-3b:Q4_K_M');
    expect(row?.estimates.gpus).toBe(1);
    expect(row?.estimates.splitAllDecodeTokensPerSecond).toBeLessThan(row?.estimates.decodeTokensPerSecond ?? 0);
  });
});

describe('IQ4_XS from a real file', () => {
  it('Llama-3-8B IQ4_XS weighs the 4.13 GiB of its file (llama.cpp PR #16636)', () => {
    const m = llmModelById('llama-3.1-8b');
    if (!m) throw new Error('model');
    expect(toGiB(weightsGB(m, quantFormats.IQ4_XS))).toBeCloseTo(4.13, 1);
  });
});
