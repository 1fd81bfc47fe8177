import type { GpuDevice } from '../device/device';
import type { Host } from '../device/host';
import { customModel, CustomModelSchema, type CustomModelInput } from './custom-model';
import { isQuantId, llmModelByName, type LlmModel, type QuantId } from './data/llm-models';
import { profileOf } from './gpu-profile';
import { judgeLlm, type LlmAsk } from './judge-llm';
import { stackSupport } from './software-support';
import type { WorkloadResult } from './verdict';

/** The quant judged when none is asked for. */
export const DEFAULT_QUANT: QuantId = 'Q4_K_M';
/** Prompt length for the time to first token when none is asked for. */
export const DEFAULT_PROMPT_TOKENS = 512;

export type ModelChoice = { name: string } | { shape: Partial<CustomModelInput> };

export type ResolvedModel = { ok: true; model: LlmModel } | { ok: false; code: 'unknown-model'; name: string } | { ok: false; code: 'bad-shape'; issues: string[] };

/** A listed model by id or label, or a model the data do not list from its shape (zod-checked: it comes from a user). */
export function resolveModel(choice: ModelChoice, givenOn: string): ResolvedModel {
  if ('name' in choice) {
    const model = llmModelByName(choice.name);
    return model ? { ok: true, model } : { ok: false, code: 'unknown-model', name: choice.name };
  }
  const parsed = CustomModelSchema.safeParse(choice.shape);
  if (!parsed.success) return { ok: false, code: 'bad-shape', issues: parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`) };
  return { ok: true, model: customModel(parsed.data, givenOn) };
}

/** A quant id the data know, or null. */
export const quantOf = (id: string | undefined): QuantId | null => {
  const q = id ?? DEFAULT_QUANT;
  return isQuantId(q) ? q : null;
};

/** One model at one quant on one GPU of a host, with the KV cache of the context and the time to first token of the prompt. */
export function judgeOneModel(device: GpuDevice, host: Host, model: LlmModel, quant: QuantId, ask: LlmAsk = {}): WorkloadResult {
  const profile = profileOf(device);
  return judgeLlm(profile, host, stackSupport(profile), model, quant, { contextTokens: ask.contextTokens, promptTokens: ask.promptTokens ?? DEFAULT_PROMPT_TOKENS });
}
