import { whisperNeeds } from './data/workload-needs';
import type { GpuProfile } from './gpu-profile';
import { pytorchGate } from './pytorch-gate';
import { needName } from './name-text';
import { reason } from './reason-text';
import { gb, workload } from './result';
import type { StackSupport } from './software-support';
import { vramTier } from './vram-tier';
import type { WorkloadResult } from './verdict';

/** Whisper large-v3: PyTorch (≈10 GB) where it runs, else whisper.cpp (≈4.7 GB, CUDA/Vulkan/Metal). */
export function judgeSpeech(profile: GpuProfile, support: StackSupport): WorkloadResult {
  const { id } = whisperNeeds.pytorch;
  const label = needName(id);
  const gate = pytorchGate(profile, support);
  const torch = vramTier(profile, whisperNeeds.pytorch);
  if (gate.cap === 'yes' && torch.verdict === 'yes') return workload(id, label, 'speech', 'yes', [torch.reason, reason('whisper-pytorch')], torch.estimates);
  const cpp = vramTier(profile, whisperNeeds.whisperCpp);
  if (support.llamaCpp !== 'yes' || profile.miningThrottled)
    return workload(id, label, 'speech', 'no', [...gate.reasons, reason('whisper-nothing-runs')], cpp.estimates);
  if (cpp.verdict === 'no') return workload(id, label, 'speech', 'limited', [cpp.reason, reason('whisper-smaller')], cpp.estimates);
  const why = gate.cap !== 'yes' ? gate.reasons : [reason('whisper-below-pytorch', { usable: gb(profile.usableVramGB ?? 0) })];
  return workload(id, label, 'speech', 'yes', [reason('whisper-cpp', { needed: whisperNeeds.whisperCpp.minGB }), ...why], cpp.estimates);
}
