import { asicById } from '../catalogue/asic-catalogue';
import { gpuById } from '../catalogue/gpu-catalogue';
import type { AsicDevice } from '../device/device';
import { imageNeeds, finetuneNeeds, smallTrainingNeed, renderNeed, whisperNeeds } from './data/workload-needs';
import { llmModelById, llmWorkloads, quantFormats } from './data/llm-models';
import { workload } from './result';
import type { WorkloadResult } from './verdict';

/** GPUs a freed ASIC power budget is expressed in (each at its board power). */
export const HOSTING_REFERENCE_GPUS = ['nvidia-rtx-3090', 'nvidia-rtx-4090', 'nvidia-rtx-5090', 'nvidia-rtx-3060-12gb'] as const;

export interface PowerBudget {
  watts: number;
  /** null when the ASIC is not in the catalogue and reported no power. */
  equivalents: Array<{ gpuId: string; name: string; count: number; gpuWatts: number }>;
  note: string;
}

export function powerBudget(watts: number): PowerBudget {
  const equivalents = HOSTING_REFERENCE_GPUS.flatMap((id) => {
    const gpu = gpuById(id);
    return gpu ? [{ gpuId: id, name: gpu.name, count: Math.floor(watts / gpu.tdpW), gpuWatts: gpu.tdpW }] : [];
  });
  return { watts, equivalents, note: 'GPUs at their board power limit; keep about 15 % of the budget for host CPUs, fans and PSU losses' };
}

/** An ASIC hashes one algorithm in silicon: every AI workload is "no", and its power budget is what it can give. */
export function judgeAsic(device: AsicDevice): { workloads: WorkloadResult[]; budget: PowerBudget | null } {
  const spec = device.match.id ? asicById(device.match.id) : undefined;
  const algorithm = spec?.algorithm.toUpperCase() ?? 'one hashing algorithm';
  const why = `An ASIC miner computes only ${algorithm} hashes in fixed silicon: no general-purpose cores, no VRAM, no driver for AI frameworks`;
  const llm = llmWorkloads.map(({ model, quant }) => {
    const m = llmModelById(model);
    return workload(`${model}:${quant}`, `${m?.label ?? model} ${quantFormats[quant].label}`, 'llm', 'no', [why]);
  });
  const rest = [
    ...imageNeeds.map((need) => workload(need.id, need.label, 'image', 'no', [why])),
    workload(whisperNeeds.pytorch.id, whisperNeeds.pytorch.label, 'speech', 'no', [why]),
    ...finetuneNeeds.map((need) => workload(need.id, need.label, 'finetune', 'no', [why])),
    workload(smallTrainingNeed.id, smallTrainingNeed.label, 'training', 'no', [why]),
    workload(renderNeed.id, renderNeed.label, 'render', 'no', [why]),
    workload('rental-marketplace', 'GPU rental marketplaces', 'rental', 'no', ['GPU marketplaces rent GPUs; an ASIC can only be pointed at a mining pool']),
  ];
  const budget = spec ? powerBudget(spec.powerW * device.count) : null;
  return { workloads: [...llm, ...rest], budget };
}
