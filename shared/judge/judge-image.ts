import { imageNeeds } from './data/workload-needs';
import type { GpuProfile } from './gpu-profile';
import { pytorchGate } from './pytorch-gate';
import { needName } from './name-text';
import { reason } from './reason-text';
import { workload } from './result';
import type { StackSupport } from './software-support';
import { vramTier } from './vram-tier';
import { worst, type WorkloadResult } from './verdict';

/** SD 1.5, SDXL and Flux.1 at three precisions: VRAM tier, capped by what PyTorch (or stable-diffusion.cpp) can do here. */
export function judgeImage(profile: GpuProfile, support: StackSupport): WorkloadResult[] {
  const gate = pytorchGate(profile, support);
  return imageNeeds.map((need) => {
    const tier = vramTier(profile, need);
    const reasons = [tier.reason, ...gate.reasons];
    let cap = gate.cap;
    if (cap === 'no' && support.llamaCpp === 'yes' && !profile.miningThrottled) {
      // stable-diffusion.cpp (ggml) runs SD/SDXL/Flux GGUF on Vulkan where no PyTorch build exists.
      cap = 'limited';
      reasons.push(reason('sdcpp-vulkan'));
    }
    if (need.id === 'flux.1-dev:fp8' && support.fp8 === false) reasons.push(reason('flux-no-fp8'));
    if (need.id === 'flux.1-dev:fp16' && support.bf16 === false) reasons.push(reason('flux-no-bf16'));
    return workload(need.id, needName(need.id), 'image', worst(tier.verdict, cap), reasons, tier.estimates);
  });
}
