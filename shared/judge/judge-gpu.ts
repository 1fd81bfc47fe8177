import type { Host } from '../device/host';
import type { GpuDevice } from '../device/device';
import { llmWorkloads } from './data/llm-models';
import { profileOf } from './gpu-profile';
import { judgeFinetune } from './judge-finetune';
import { judgeImage } from './judge-image';
import { judgeLlm } from './judge-llm';
import { judgeRender } from './judge-render';
import { judgeRental, type RigContext } from './judge-rental';
import { judgeSpeech } from './judge-speech';
import { stackSupport } from './software-support';
import type { WorkloadResult } from './verdict';

/** Every workload for one GPU, in the order the UI shows them. */
export function judgeGpu(device: GpuDevice, host: Host, rig: RigContext): WorkloadResult[] {
  const profile = profileOf(device);
  const support = stackSupport(profile);
  return [
    ...llmWorkloads.map(({ model, quant }) => judgeLlm(profile, host, support, model, quant)),
    ...judgeImage(profile, support),
    judgeSpeech(profile, support),
    ...judgeFinetune(profile, support),
    judgeRender(profile),
    judgeRental(profile, host, rig),
  ];
}
