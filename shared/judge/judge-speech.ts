import { whisperNeeds } from './data/workload-needs';
import type { GpuProfile } from './gpu-profile';
import { pytorchGate } from './pytorch-gate';
import { gb, workload } from './result';
import type { StackSupport } from './software-support';
import { vramTier } from './vram-tier';
import type { WorkloadResult } from './verdict';

/** Whisper large-v3: PyTorch (≈10 GB) where it runs, else whisper.cpp (≈4.7 GB, CUDA/Vulkan/Metal). */
export function judgeSpeech(profile: GpuProfile, support: StackSupport): WorkloadResult {
  const { id, label } = whisperNeeds.pytorch;
  const gate = pytorchGate(profile, support);
  const torch = vramTier(profile, whisperNeeds.pytorch);
  if (gate.cap === 'yes' && torch.verdict === 'yes') return workload(id, label, 'speech', 'yes', [torch.reason, 'Runs with openai-whisper or faster-whisper'], torch.estimates);
  const cpp = vramTier(profile, whisperNeeds.whisperCpp);
  if (support.llamaCpp !== 'yes' || profile.miningThrottled)
    return workload(id, label, 'speech', 'no', [...gate.reasons, 'Neither PyTorch nor whisper.cpp runs well on this GPU'], cpp.estimates);
  if (cpp.verdict === 'no') return workload(id, label, 'speech', 'limited', [cpp.reason, 'A quantised (q5_0) large-v3 or the turbo/medium models fit in less'], cpp.estimates);
  const why = gate.cap !== 'yes' ? gate.reasons : [`${gb(profile.usableVramGB ?? 0)} is below the ≈10 GB PyTorch needs`];
  return workload(id, label, 'speech', 'yes', [`Runs with whisper.cpp (≈${whisperNeeds.whisperCpp.minGB} GB)`, ...why], cpp.estimates);
}
