import type { GpuProfile } from './gpu-profile';
import { reason, type Reason } from './reason-text';
import type { StackSupport } from './software-support';
import type { Verdict } from './verdict';

export interface Gate {
  /** Cap on the verdict from software alone. */
  cap: Verdict;
  reasons: Reason[];
}

/** Can PyTorch-based tools (ComfyUI, diffusers, Whisper, Unsloth) run here, and how well? */
export function pytorchGate(profile: GpuProfile, support: StackSupport): Gate {
  const reasons: Reason[] = [];
  let cap: Verdict = 'yes';
  if (support.pytorch === 'no') {
    cap = 'no';
    reasons.push(profile.vendor !== 'amd' ? reason('no-pytorch') : profile.gfxTarget ? reason('no-rocm-pytorch', { gfx: profile.gfxTarget }) : reason('no-rocm-pytorch-unknown'));
  } else if (support.pytorch === 'limited') {
    cap = 'limited';
  } else if (support.pytorch === 'unknown') {
    cap = 'limited';
    reasons.push(reason('pytorch-unknown'));
  }
  reasons.push(...support.notes);
  if (profile.spec && profile.vendor === 'nvidia' && profile.spec.fp16Tflops < profile.spec.fp32Tflops / 4)
    reasons.push(reason('fp16-1-64'));
  if (profile.miningThrottled) {
    cap = cap === 'no' ? 'no' : 'limited';
    reasons.push(reason('cmp-compute'));
  }
  return { cap, reasons };
}
