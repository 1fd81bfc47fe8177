import { finetuneNeeds, smallTrainingNeed } from './data/workload-needs';
import type { GpuProfile } from './gpu-profile';
import { pytorchGate } from './pytorch-gate';
import { needName } from './name-text';
import { reason, type Reason } from './reason-text';
import { workload } from './result';
import { ccNumber, type StackSupport } from './software-support';
import { vramTier } from './vram-tier';
import { worst, type Verdict, type WorkloadResult } from './verdict';

/** Training floors: Unsloth/bitsandbytes need CC ≥ 7.0; stable bf16 training needs CC ≥ 8.0 (ai-capability.md §4, kohya-ss#1595). */
function trainingGate(profile: GpuProfile, support: StackSupport): { cap: Verdict; reasons: Reason[] } {
  const gate = pytorchGate(profile, support);
  const reasons = [...gate.reasons];
  let cap = gate.cap;
  if (profile.miningThrottled) return { cap: 'no', reasons };
  if (profile.vendor === 'apple') return { cap: 'limited', reasons: [reason('apple-mlx-lora')] };
  const cc = ccNumber(profile.computeCapability);
  if (profile.vendor === 'nvidia' && cc !== null && cc < 7) {
    cap = worst(cap, 'limited');
    reasons.push(reason('train-pascal'));
  }
  if (profile.vendor === 'amd' && support.rocm === 'official') {
    cap = worst(cap, 'limited');
    reasons.push(reason('train-rocm'));
  }
  if (support.bf16 === false) reasons.push(reason('train-no-bf16'));
  if (support.flashAttention2 === false && profile.vendor === 'nvidia') reasons.push(reason('train-no-fa2'));
  return { cap, reasons };
}

export function judgeFinetune(profile: GpuProfile, support: StackSupport): WorkloadResult[] {
  const gate = trainingGate(profile, support);
  const tuning = finetuneNeeds.map((need) => {
    const tier = vramTier(profile, need);
    return workload(need.id, needName(need.id), 'finetune', worst(tier.verdict, gate.cap), [tier.reason, ...gate.reasons], tier.estimates);
  });
  const tier = vramTier(profile, smallTrainingNeed);
  const small = workload(smallTrainingNeed.id, needName(smallTrainingNeed.id), 'training', worst(tier.verdict, gate.cap === 'no' && profile.vendor !== 'apple' ? 'no' : gate.cap), [tier.reason, ...gate.reasons], tier.estimates);
  return [...tuning, small];
}
