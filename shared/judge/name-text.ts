import type { Message } from '../text/message';
import { finetuneNeeds, imageNeeds, renderNeed, smallTrainingNeed, whisperNeeds } from './data/workload-needs';
import type { LlmModel, QuantFormat } from './data/llm-models';

/**
 * Workload names as codes and English wording: LLM rows are model and quant names (proper names in every
 * language); the other workloads are named by their id, worded from the needs data. The interface words the
 * same codes in its language (renderer/src/i18n/it-workload-names.ts covers each).
 */
export const workloadNameText: Readonly<Record<string, string>> = {
  llm: '{model} {quant}',
  'llm-reference': '{model} {quant} (llama-bench reference)',
  'llm-rig': '{model} {quant} (whole rig)',
  'llm-reference-rig': '{model} {quant} (llama-bench reference, whole rig)',
  ...Object.fromEntries([...imageNeeds, whisperNeeds.pytorch, ...finetuneNeeds, smallTrainingNeed, renderNeed].map((need) => [need.id, need.label])),
  'render-via': `${renderNeed.label} via {backend}`,
  'rental-marketplace': 'GPU rental marketplaces (Vast.ai rules)',
  'asic-rental': 'GPU rental marketplaces',
};

export type WorkloadName = Message;

export const llmName = (model: LlmModel, quant: QuantFormat, wholeRig = false): WorkloadName => ({
  code: `${model.reference ? 'llm-reference' : 'llm'}${wholeRig ? '-rig' : ''}`,
  values: { model: model.label, quant: quant.label },
});

export const needName = (id: string): WorkloadName => ({ code: id });
