import type { Host } from '../device/host';
import type { GpuDevice } from '../device/device';
import { llmWorkloads } from './data/llm-models';
import { profileOf, type GpuProfile } from './gpu-profile';
import { judgeFinetune } from './judge-finetune';
import { judgeImage } from './judge-image';
import { judgeLlm } from './judge-llm';
import { judgeRender } from './judge-render';
import { judgeRental, type RigContext } from './judge-rental';
import { judgeSpeech } from './judge-speech';
import { reason } from './reason-text';
import { withReasons } from './result';
import { stackSupport, type StackSupport } from './software-support';
import type { WorkloadResult } from './verdict';

const SMALL_LLM = /^(llama-3\.2-3b:|llama-3\.1-8b:Q4|llama-2-7b:Q4)/;

/** Integrated graphics: no VRAM of its own, little compute. Small quantised models run (slowly) through Vulkan; nothing else is worth it. */
function integratedOnly(results: WorkloadResult[]): WorkloadResult[] {
  const why = reason('integrated');
  return results.map((r) =>
    r.category === 'llm' && SMALL_LLM.test(r.id)
      ? withReasons({ ...r, verdict: 'limited', estimates: {} }, [why, reason('integrated-small-llm')])
      : withReasons({ ...r, verdict: 'no', estimates: {} }, [why]),
  );
}

/** A card the driver cannot reach is not usable now, whatever it could do once fixed. */
const faulted = (results: WorkloadResult[], fault: string): WorkloadResult[] =>
  results.map((r) => withReasons({ ...r, verdict: r.verdict === 'yes' ? 'limited' : r.verdict }, [reason('gpu-faulted', { fault }), ...(r.reasonCodes ?? [])]));

/** Every workload for one GPU, in the order the UI shows them. */
export function judgeGpu(device: GpuDevice, host: Host, rig: RigContext): WorkloadResult[] {
  const profile = profileOf(device);
  const support = stackSupport(profile);
  const results = all(profile, support, host, rig);
  if (profile.integrated) return integratedOnly(results);
  return device.fault ? faulted(results, device.fault) : results;
}

function all(profile: GpuProfile, support: StackSupport, host: Host, rig: RigContext): WorkloadResult[] {
  return [
    ...llmWorkloads.map(({ model, quant }) => judgeLlm(profile, host, support, model, quant)),
    ...judgeImage(profile, support),
    judgeSpeech(profile, support),
    ...judgeFinetune(profile, support),
    judgeRender(profile),
    judgeRental(profile, host, rig),
  ];
}
