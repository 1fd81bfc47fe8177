import { algorithmName } from '../catalogue/algorithm-name';
import { asicById } from '../catalogue/asic-catalogue';
import { gpuById } from '../catalogue/gpu-catalogue';
import type { AsicDevice } from '../device/device';
import { imageNeeds, finetuneNeeds, smallTrainingNeed, renderNeed, whisperNeeds } from './data/workload-needs';
import { llmModelById, llmWorkloads, quantFormats } from './data/llm-models';
import { llmName, needName } from './name-text';
import { reason } from './reason-text';
import { reasonInEnglish, workload } from './result';
import type { WorkloadResult } from './verdict';
import type { Message } from '../text/message';

/** GPUs a freed ASIC power budget is expressed in (each at its board power). */
export const HOSTING_REFERENCE_GPUS = ['nvidia-rtx-3090', 'nvidia-rtx-4090', 'nvidia-rtx-5090', 'nvidia-rtx-3060-12gb'] as const;

/** Share of an ASIC's power kept for host CPUs, fans and PSU losses when counting the GPUs it could run. */
export const HOSTING_OVERHEAD = 0.15;

/** GPUs a power budget could run at their board power, keeping the overhead: floor(W × (1 − 0.15) / GPU W). */
export const gpusForBudget = (budgetW: number, gpuW: number): number => Math.floor((budgetW * (1 - HOSTING_OVERHEAD)) / gpuW);

export interface PowerBudget {
  watts: number;
  /** null when the ASIC is not in the catalogue and reported no power. */
  equivalents: Array<{ gpuId: string; name: string; count: number; gpuWatts: number }>;
  note: string;
  noteCode: Message;
}

/** What an ASIC's power (W) could run instead: per reference GPU, the count after keeping HOSTING_OVERHEAD. */
export function powerBudget(watts: number): PowerBudget {
  const equivalents = HOSTING_REFERENCE_GPUS.flatMap((id) => {
    const gpu = gpuById(id);
    return gpu ? [{ gpuId: id, name: gpu.name, count: gpusForBudget(watts, gpu.tdpW), gpuWatts: gpu.tdpW }] : [];
  });
  const noteCode = reason('asic-budget');
  return { watts, equivalents, note: reasonInEnglish(noteCode), noteCode };
}

/** An ASIC hashes one algorithm in silicon: every AI workload is "no", and its power budget is what it can give. */
export function judgeAsic(device: AsicDevice): { workloads: WorkloadResult[]; budget: PowerBudget | null } {
  const spec = device.match.id ? asicById(device.match.id) : undefined;
  const why = spec ? reason('asic-fixed-silicon', { algorithm: algorithmName(spec.algorithm) }) : reason('asic-fixed-silicon-unknown');
  const llm = llmWorkloads.map(({ model, quant }) => {
    const m = llmModelById(model);
    if (!m) throw new Error(`Unknown LLM ${model}`);
    return workload(`${model}:${quant}`, llmName(m, quantFormats[quant]), 'llm', 'no', [why]);
  });
  const rest = [
    ...imageNeeds.map((need) => workload(need.id, needName(need.id), 'image', 'no', [why])),
    workload(whisperNeeds.pytorch.id, needName(whisperNeeds.pytorch.id), 'speech', 'no', [why]),
    ...finetuneNeeds.map((need) => workload(need.id, needName(need.id), 'finetune', 'no', [why])),
    workload(smallTrainingNeed.id, needName(smallTrainingNeed.id), 'training', 'no', [why]),
    workload(renderNeed.id, needName(renderNeed.id), 'render', 'no', [why]),
    workload('rental-marketplace', needName('asic-rental'), 'rental', 'no', [reason('asic-no-rental')]),
  ];
  const budget = spec ? powerBudget(spec.powerW * device.count) : null;
  return { workloads: [...llm, ...rest], budget };
}
