import { describe, expect, it } from 'vitest';
import { unknownHost } from '../../../shared/device/host';
import { judgeMachine } from '../../../shared/judge/judge-machine';
import type { WorkloadResult } from '../../../shared/judge/verdict';
import { catalogueGpu, rigHost, workstationHost } from '../../support/devices';

const pick = (workloads: WorkloadResult[], id: string): WorkloadResult => {
  const found = workloads.find((w) => w.id === id);
  if (!found) throw new Error(`no workload ${id}`);
  return found;
};
const judgeOne = (id: string, host = workstationHost(), link?: { gen: number; width: number }) => {
  const report = judgeMachine(host, [catalogueGpu(id, link)]);
  return report.devices[0]?.workloads ?? [];
};

describe('GPU judge', () => {
  it('gives every workload a verdict and at least one reason, and uses <model>:<quant> ids for LLMs', () => {
    const workloads = judgeOne('nvidia-rtx-3090');
    expect(workloads.length).toBeGreaterThanOrEqual(25);
    for (const w of workloads) expect(w.reasons.length).toBeGreaterThan(0);
    expect(workloads.filter((w) => w.category === 'llm').every((w) => /^[a-z0-9.-]+:(F16|Q8_0|Q4_K_M|Q4_0)$/.test(w.id))).toBe(true);
    const ref = pick(workloads, 'llama-2-7b:Q4_0');
    expect(ref.estimates.decodeTokensPerSecond).toBeGreaterThan(100);
    expect(ref.estimates.promptTokensPerSecond).toBeGreaterThan(3000);
  });

  it('says no when the VRAM is too small, with the numbers in the reason', () => {
    const w = pick(judgeOne('nvidia-rtx-3070'), 'qwen2.5-32b:Q4_K_M');
    expect(w.verdict).toBe('no');
    expect(w.reasons[0]).toMatch(/Needs .* GB of VRAM; this GPU has 8 GB/);
    expect(w.estimates.vramHeadroomGB).toBeLessThan(0);
  });

  it('offers CPU offload as "limited" only when the host has the RAM for it', () => {
    const big = judgeOne('nvidia-rtx-3060-12gb', workstationHost());
    expect(pick(big, 'qwen2.5-14b:Q8_0').verdict).toBe('limited');
    expect(pick(big, 'qwen2.5-14b:Q8_0').reasons[0]).toMatch(/CPU/);
    // Partial offload now has a speed: the CPU's share read at the assumed 2× DDR4-2400 (38.4 GB/s peak, 60 % of it).
    const offload = pick(big, 'qwen2.5-14b:Q8_0').estimates;
    expect(offload.hostRamBandwidthGBs).toBe(38.4);
    expect(offload.decodeTokensPerSecond).toBeGreaterThan(15.69 / 23.04);
    expect(offload.decodeTokensPerSecond).toBeLessThan(pick(big, 'qwen2.5-14b:Q4_K_M').estimates.decodeTokensPerSecond ?? 0);
    expect(offload.promptTokensPerSecond).toBeUndefined();
    expect(pick(judgeOne('nvidia-rtx-3060-12gb', unknownHost), 'qwen2.5-14b:Q8_0').verdict).toBe('no');
  });

  it('marks Pascal cards as llama.cpp machines: PyTorch tools limited, no bf16 or FlashAttention-2', () => {
    const w = judgeOne('nvidia-gtx-1080-ti');
    expect(pick(w, 'llama-3.1-8b:Q4_K_M').verdict).toBe('yes');
    const sdxl = pick(w, 'sdxl:fp16');
    expect(sdxl.verdict).toBe('limited');
    expect(sdxl.reasons.join(' ')).toMatch(/CUDA 12\.6|12\.8/);
    expect(pick(w, 'finetune-qlora:8b').verdict).toBe('limited');
  });

  it('sends Polaris (gfx803) to Vulkan: no ROCm PyTorch, no Blender HIP', () => {
    const w = judgeOne('amd-rx-580-8gb');
    expect(pick(w, 'llama-2-7b:Q4_0').estimates.backend).toBe('llama.cpp VULKAN');
    expect(pick(w, 'sd-1.5:fp16').reasons.join(' ')).toMatch(/ROCm/);
    expect(pick(w, 'finetune-qlora:8b').verdict).toBe('no');
    expect(pick(w, 'render-blender-cycles').verdict).toBe('no');
  });

  it('uses ROCm for officially supported RDNA2/3 cards', () => {
    expect(pick(judgeOne('amd-rx-7900-xtx'), 'llama-2-7b:Q4_0').estimates.backend).toBe('llama.cpp ROCM');
  });

  it('flags CMP cards as throttled and never rentable', () => {
    const w = judgeOne('nvidia-cmp-170hx', rigHost({ ramGB: 32, disk: { totalGB: 500, freeGB: 400 }, cpu: { brand: 'x', physicalCores: 4, threads: 8, avx: true, avx2: true } }), { gen: 1, width: 4 });
    const ref = pick(w, 'llama-2-7b:Q4_0');
    expect(ref.verdict).toBe('limited');
    expect(ref.reasons.join(' ')).toMatch(/CMP/);
    expect(pick(w, 'rental-marketplace').verdict).toBe('no');
    expect(pick(w, 'finetune-qlora:8b').verdict).toBe('no');
  });

  it('explains x1 risers: slow loading, marketplace lane rule, weak rig host', () => {
    const report = judgeMachine(rigHost(), [catalogueGpu('nvidia-rtx-3070', { gen: 1, width: 1 }, 6)]);
    const w = report.devices[0]?.workloads ?? [];
    const ref = pick(w, 'llama-2-7b:Q4_0');
    expect(ref.estimates.loadTimeSeconds).toBeGreaterThan(10);
    expect(ref.reasons.join(' ')).toMatch(/x1 Gen1/);
    expect(ref.reasons.join(' ')).toMatch(/AVX2/);
    const rental = pick(w, 'rental-marketplace');
    expect(rental.verdict).toBe('no');
    expect(rental.reasons.join(' ')).toMatch(/1 lane per 2\.5 TFLOPS/);
    expect(rental.reasons.join(' ')).toMatch(/RAM/);
  });

  it('takes x16 as enough for a card above 40 TFLOPS (no slot is wider), as the rental audit does', () => {
    // An RTX 4090 (82.6 TFLOPS FP32) would need "x34" by 1 lane per 2.5 TFLOPS alone.
    const rental = pick(judgeOne('nvidia-rtx-4090', workstationHost(), { gen: 4, width: 16 }), 'rental-marketplace');
    expect(rental.reasons.join(' ')).not.toMatch(/1 lane per 2\.5 TFLOPS/);
    expect(rental.verdict).toBe('yes');
    const x8 = pick(judgeOne('nvidia-rtx-4090', workstationHost(), { gen: 4, width: 8 }), 'rental-marketplace');
    expect(x8.reasons.join(' ')).toMatch(/x16 for this GPU/);
  });

  it('pools a rig by layer split: six 8 GB cards run a 32B Q4 that one card cannot', () => {
    const report = judgeMachine(rigHost({ ramGB: 32 }), [catalogueGpu('nvidia-rtx-3070', { gen: 1, width: 1 }, 6)]);
    expect(pick(report.devices[0]?.workloads ?? [], 'qwen2.5-32b:Q4_K_M').verdict).toBe('no');
    const pooled = pick(report.rig.pooled, 'qwen2.5-32b:Q4_K_M');
    expect(pooled.verdict).toBe('yes');
    expect(pooled.estimates.gpus).toBeGreaterThanOrEqual(3);
    expect(pooled.estimates.decodeTokensPerSecond).toBeGreaterThan(5);
    expect(pick(report.rig.pooled, 'llama-3.1-70b:F16').verdict).toBe('no');
    expect(pick(report.rig.pooled, 'llama-2-7b:Q4_0').estimates.gpus).toBe(1);
    expect(report.rig.gpus).toBe(6);
  });

  it('judges an unrecognised GPU from its VRAM alone, without inventing speed', () => {
    const device = { ...catalogueGpu('nvidia-rtx-3090'), rawName: 'NVIDIA Mystery 9000', match: { id: null, name: null, level: 'unrecognised' as const, confidence: 0, reason: 'not in the catalogue', alternatives: [] }, computeCapability: '8.6' };
    const w = judgeMachine(workstationHost(), [device]).devices[0]?.workloads ?? [];
    const ref = pick(w, 'llama-2-7b:Q4_0');
    expect(ref.verdict).toBe('yes');
    expect(ref.estimates.decodeTokensPerSecond).toBeUndefined();
    expect(ref.reasons.join(' ')).toMatch(/bandwidth unknown/i);
  });

  it('treats Apple silicon memory as ~70 % usable and runs through Metal', () => {
    const ref = pick(judgeOne('apple-m2-max'), 'llama-2-7b:Q4_0');
    expect(ref.estimates.backend).toBe('llama.cpp METAL');
  });
});

describe('mixed-vendor rigs', () => {
  it('pools NVIDIA and AMD cards through Vulkan only when a model needs both', () => {
    const report = judgeMachine(workstationHost(), [catalogueGpu('nvidia-rtx-3090', { gen: 3, width: 16 }), catalogueGpu('amd-rx-6800-xt', { gen: 3, width: 16 })]);
    const small = pick(report.rig.pooled, 'llama-3.1-8b:Q4_K_M');
    expect(small.estimates).toMatchObject({ gpus: 1, backend: 'llama.cpp CUDA, layer split' });
    const big = pick(report.rig.pooled, 'llama-3.1-70b:Q4_K_M');
    expect(big.verdict).toBe('no');
    const mid = pick(report.rig.pooled, 'qwen2.5-32b:Q8_0');
    expect(mid.estimates).toMatchObject({ gpus: 2, backend: 'llama.cpp VULKAN, layer split' });
    expect(mid.reasons.join(' ')).toMatch(/different vendors/);
  });
});
