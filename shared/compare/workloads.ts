import type { AsicDevice } from '../device/device';
import { llmModels, quantFormats } from '../judge/data/llm-models';
import { judgeAsic } from '../judge/judge-asic';
import { llmWorkloadId } from '../judge/judge-llm';
import type { WorkloadHead } from './schema';

const anyAsic: AsicDevice = {
  kind: 'asic',
  id: 'compare-workloads',
  origin: 'manual',
  rawName: 'any',
  match: { id: null, name: null, level: 'unrecognised', confidence: 0, reason: 'none', alternatives: [] },
  count: 1,
  warnings: [],
};

let cached: readonly WorkloadHead[] | null = null;

/**
 * Every workload the judge assesses, in its order, with device-neutral labels ("3D rendering (Blender Cycles)", not
 * "… via OptiX"). Taken from the judge itself (its ASIC list names every workload and none of a GPU's back ends).
 */
export function compareWorkloads(): readonly WorkloadHead[] {
  cached ??= judgeAsic(anyAsic).workloads.map(({ id, label, labelCode, category }) => ({ id, label, ...(labelCode ? { labelCode } : {}), category }));
  return cached;
}

/** Decode/prompt/load estimates are compared for one reference model per size class at Q4 (Q4_K_M). */
export const ESTIMATE_WORKLOAD_IDS: readonly string[] = llmModels.filter((m) => m.id !== 'llama-2-7b').map((m) => llmWorkloadId(m, quantFormats.Q4_K_M));

/** The 7–8B reference for tokens/s per watt: Llama 3.1 8B at Q4_K_M. */
export const EFFICIENCY_WORKLOAD_ID = 'llama-3.1-8b:Q4_K_M';

export const workloadHead = (id: string): WorkloadHead => {
  const head = compareWorkloads().find((w) => w.id === id);
  if (!head) throw new Error(`The judge has no workload ${id}`);
  return head;
};
