import { imageNeeds } from './data/workload-needs';
import type { GpuProfile } from './gpu-profile';
import { pytorchGate } from './pytorch-gate';
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
      reasons.push('stable-diffusion.cpp (Vulkan) still runs it, more slowly and with fewer tools');
    }
    if (need.id === 'flux.1-dev:fp8' && support.fp8 === false) reasons.push('No FP8 tensor cores: fp8 weights are upcast, saving VRAM but not time');
    if (need.id === 'flux.1-dev:fp16' && support.bf16 === false) reasons.push('No bf16: Flux runs in fp16, which some workflows do not support');
    return workload(need.id, need.label, 'image', worst(tier.verdict, cap), reasons, tier.estimates);
  });
}
