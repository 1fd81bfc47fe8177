import { finetuneNeeds, smallTrainingNeed } from './data/workload-needs';
import type { GpuProfile } from './gpu-profile';
import { pytorchGate } from './pytorch-gate';
import { workload } from './result';
import { ccNumber, type StackSupport } from './software-support';
import { vramTier } from './vram-tier';
import { worst, type Verdict, type WorkloadResult } from './verdict';

/** Training floors: Unsloth/bitsandbytes need CC ≥ 7.0; stable bf16 training needs CC ≥ 8.0 (ai-capability.md §4, kohya-ss#1595). */
function trainingGate(profile: GpuProfile, support: StackSupport): { cap: Verdict; reasons: string[] } {
  const gate = pytorchGate(profile, support);
  const reasons = [...gate.reasons];
  let cap = gate.cap;
  if (profile.miningThrottled) return { cap: 'no', reasons };
  if (profile.vendor === 'apple') return { cap: 'limited', reasons: ['Apple silicon: LoRA through MLX (mlx-lm), not the CUDA tools (Unsloth, bitsandbytes)'] };
  const cc = ccNumber(profile.computeCapability);
  if (profile.vendor === 'nvidia' && cc !== null && cc < 7) {
    cap = worst(cap, 'limited');
    reasons.push('Below compute capability 7.0: Unsloth and bitsandbytes call Pascal "works but slow"');
  }
  if (profile.vendor === 'amd' && support.rocm === 'official') {
    cap = worst(cap, 'limited');
    reasons.push('ROCm: bitsandbytes and Unsloth support is partial; expect to fix builds');
  }
  if (support.bf16 === false) reasons.push('No bf16: fp16 mixed precision is less stable for training');
  if (support.flashAttention2 === false && profile.vendor === 'nvidia') reasons.push('No FlashAttention-2 (needs compute capability 8.0): long sequences cost more VRAM and time');
  return { cap, reasons };
}

export function judgeFinetune(profile: GpuProfile, support: StackSupport): WorkloadResult[] {
  const gate = trainingGate(profile, support);
  const tuning = finetuneNeeds.map((need) => {
    const tier = vramTier(profile, need);
    return workload(need.id, need.label, 'finetune', worst(tier.verdict, gate.cap), [tier.reason, ...gate.reasons], tier.estimates);
  });
  const tier = vramTier(profile, smallTrainingNeed);
  const small = workload(smallTrainingNeed.id, smallTrainingNeed.label, 'training', worst(tier.verdict, gate.cap === 'no' && profile.vendor !== 'apple' ? 'no' : gate.cap), [tier.reason, ...gate.reasons], tier.estimates);
  return [...tuning, small];
}
