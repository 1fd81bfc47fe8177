import type { GpuProfile } from './gpu-profile';
import { reason, type Reason } from './reason-text';

/**
 * Which AI software stacks run on a GPU, from its compute capability (NVIDIA) or gfx target (AMD).
 * Floors from ../shared/research/ai-capability.md §4: PyTorch cu126 wheels cover CC 5.0–9.0, cu128/cu130 start at 7.5
 * (pytorch#172352, 2.8 release notes via torchruntime#22); FlashAttention-2 and bf16 need CC ≥ 8.0; FP8 tensor CC ≥ 8.9;
 * vLLM CC ≥ 7.0 (vllm#1374); Unsloth/bitsandbytes QLoRA min CC 7.0; ROCm: gfx1030/gfx1100-1102/gfx90a/gfx908 official,
 * gfx1031/1032 only with HSA_OVERRIDE_GFX_VERSION (ROCm #2720, #1698), gfx906 maintenance, gfx803 and gfx1010 never
 * (legacy-rocm-build#1695). Polaris Vulkan reports fp16: 0.
 */
export type Level = 'yes' | 'limited' | 'no' | 'unknown';

export interface StackSupport {
  /** The llama.cpp backend RigShift assumes for estimates. */
  llamaBackend: 'cuda' | 'rocm' | 'vulkan' | 'metal' | 'sycl' | null;
  llamaCpp: Level;
  pytorch: Level;
  bf16: boolean | null;
  flashAttention2: boolean | null;
  fp8: boolean | null;
  rocm: 'official' | 'override' | 'maintenance' | 'none' | null;
  notes: Reason[];
}

const ROCM_OFFICIAL = new Set(['gfx1030', 'gfx1100', 'gfx1101', 'gfx1102', 'gfx1200', 'gfx1201', 'gfx90a', 'gfx908', 'gfx942']);
const ROCM_OVERRIDE = new Set(['gfx1031', 'gfx1032', 'gfx1034', 'gfx1035', 'gfx1036']);
const ROCM_MAINTENANCE = new Set(['gfx906', 'gfx900']);

export const ccNumber = (cc: string | null): number | null => (cc ? Number(cc) : null);

function nvidia(profile: GpuProfile): StackSupport {
  const cc = ccNumber(profile.computeCapability);
  if (cc === null) return { llamaBackend: 'cuda', llamaCpp: 'unknown', pytorch: 'unknown', bf16: null, flashAttention2: null, fp8: null, rocm: null, notes: [reason('cc-unknown')] };
  const notes: Reason[] = [];
  let pytorch: Level = 'yes';
  if (cc < 5) pytorch = 'no';
  else if (cc < 7.5) {
    pytorch = 'limited';
    notes.push(reason('cc-old-pytorch', { cc: profile.computeCapability ?? '?' }));
  }
  return {
    llamaBackend: 'cuda',
    llamaCpp: cc >= 5 ? 'yes' : 'limited',
    pytorch,
    bf16: cc >= 8,
    flashAttention2: cc >= 8,
    fp8: cc >= 8.9,
    rocm: null,
    notes,
  };
}

function amd(profile: GpuProfile): StackSupport {
  const gfx = profile.gfxTarget;
  if (!gfx) return { llamaBackend: 'vulkan', llamaCpp: 'yes', pytorch: 'unknown', bf16: null, flashAttention2: null, fp8: null, rocm: null, notes: [reason('amd-unrecognised')] };
  const rocm = ROCM_OFFICIAL.has(gfx) ? 'official' : ROCM_OVERRIDE.has(gfx) ? 'override' : ROCM_MAINTENANCE.has(gfx) ? 'maintenance' : 'none';
  const notes: Reason[] = [];
  if (rocm === 'none') notes.push(reason('rocm-none', { gfx }));
  if (rocm === 'override') notes.push(reason('rocm-override', { gfx }));
  if (rocm === 'maintenance') notes.push(reason('rocm-maintenance', { gfx }));
  const rdna3plus = /^gfx1(1|2)/.test(gfx);
  return {
    llamaBackend: rocm === 'official' ? 'rocm' : 'vulkan',
    llamaCpp: 'yes',
    pytorch: rocm === 'official' ? 'yes' : rocm === 'none' ? 'no' : 'limited',
    bf16: rocm === 'none' ? false : rdna3plus || gfx === 'gfx90a' || gfx === 'gfx942',
    flashAttention2: rocm === 'official' && (rdna3plus || gfx === 'gfx90a' || gfx === 'gfx942'),
    fp8: gfx === 'gfx942' || /^gfx12/.test(gfx),
    rocm,
    notes,
  };
}

export function stackSupport(profile: GpuProfile): StackSupport {
  if (profile.vendor === 'nvidia') return nvidia(profile);
  if (profile.vendor === 'amd') return amd(profile);
  if (profile.vendor === 'apple')
    return { llamaBackend: 'metal', llamaCpp: 'yes', pytorch: 'yes', bf16: true, flashAttention2: false, fp8: false, rocm: null, notes: [reason('apple-stack')] };
  if (profile.vendor === 'intel') {
    const arc = profile.spec?.segment === 'consumer' || profile.spec?.segment === 'workstation';
    return { llamaBackend: arc ? 'sycl' : 'vulkan', llamaCpp: arc ? 'yes' : 'limited', pytorch: arc ? 'limited' : 'no', bf16: arc, flashAttention2: false, fp8: false, rocm: null, notes: [reason(arc ? 'intel-arc-stack' : 'intel-integrated-stack')] };
  }
  return { llamaBackend: null, llamaCpp: 'unknown', pytorch: 'unknown', bf16: null, flashAttention2: null, fp8: null, rocm: null, notes: [reason('vendor-unknown')] };
}
