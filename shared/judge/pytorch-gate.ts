import type { GpuProfile } from './gpu-profile';
import type { StackSupport } from './software-support';
import type { Verdict } from './verdict';

export interface Gate {
  /** Cap on the verdict from software alone. */
  cap: Verdict;
  reasons: string[];
}

/** Can PyTorch-based tools (ComfyUI, diffusers, Whisper, Unsloth) run here, and how well? */
export function pytorchGate(profile: GpuProfile, support: StackSupport): Gate {
  const reasons: string[] = [];
  let cap: Verdict = 'yes';
  if (support.pytorch === 'no') {
    cap = 'no';
    reasons.push(profile.vendor === 'amd' ? `No ROCm PyTorch build for ${profile.gfxTarget ?? 'this AMD GPU'}` : 'No PyTorch GPU build for this GPU');
  } else if (support.pytorch === 'limited') {
    cap = 'limited';
  } else if (support.pytorch === 'unknown') {
    cap = 'limited';
    reasons.push('GPU not recognised: PyTorch support unknown');
  }
  reasons.push(...support.notes);
  if (profile.spec && profile.vendor === 'nvidia' && profile.spec.fp16Tflops < profile.spec.fp32Tflops / 4)
    reasons.push('FP16 runs at 1/64 of FP32 on this chip: models must run in FP32, slower and with twice the VRAM');
  if (profile.miningThrottled) {
    cap = cap === 'no' ? 'no' : 'limited';
    reasons.push('CMP mining card: FP32/FP16 maths are throttled in firmware, so compute-bound work is many times slower');
  }
  return { cap, reasons };
}
