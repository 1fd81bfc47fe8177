import type { LlmModel, QuantFormat } from './data/llm-models';
import { MOE_CPU_LAYER_MS } from './data/moe-decode';
import { activeWeightsGB, decodeWeightsGB, weightsGB } from './llm-math';

/**
 * Expert offload (llama.cpp --n-cpu-moe / -ot exps=CPU): a MoE that does not fit keeps attention, router, embeddings and
 * shared experts on the GPU and moves whole layers' routed experts to system RAM, where the CPU computes them. Per token
 * the CPU then reads only the *active* experts of its layers (top-k of n), so far fewer bytes cross the slow memory
 * than a layer split of the same size would read. Worked examples: test/unit/judge/moe-decode.test.ts.
 */

/** All routed-expert weights, GB (0 for a dense model or a MoE without its shape). */
export const expertWeightsGB = (model: LlmModel, quant: QuantFormat): number => ((model.moe?.expertParamsB ?? 0) * quant.bitsPerWeight) / 8;

/** Routed-expert weights one token reads: activeExperts of experts in every MoE layer, GB. */
export const activeExpertWeightsGB = (model: LlmModel, quant: QuantFormat): number =>
  model.moe ? (expertWeightsGB(model, quant) * model.moe.activeExperts) / model.moe.experts : 0;

/** Weights that stay on the GPU under expert offload (everything but the routed experts), GB. */
export const nonExpertWeightsGB = (model: LlmModel, quant: QuantFormat): number => weightsGB(model, quant) - expertWeightsGB(model, quant);

/** Share of the routed experts in system RAM when gbOnGpu (decimal GB) of the weights sit on the card, the non-expert ones first. */
export function cpuExpertShare(model: LlmModel, quant: QuantFormat, gbOnGpu: number): number {
  const experts = expertWeightsGB(model, quant);
  if (experts <= 0) return 0;
  return Math.min(1, Math.max(0, 1 - (gbOnGpu - nonExpertWeightsGB(model, quant)) / experts));
}

/** Weights on the GPU when --n-cpu-moe keeps cpuLayers of the model's MoE layers in RAM, GB. */
export function gpuWeightsWithCpuMoe(model: LlmModel, quant: QuantFormat, cpuLayers: number): number {
  const share = model.moe ? Math.min(1, cpuLayers / model.moe.layers) : 0;
  return nonExpertWeightsGB(model, quant) + expertWeightsGB(model, quant) * (1 - share);
}

/**
 * A decode step under expert offload: the CPU reads its share of the active experts (plain streaming, at the host's
 * calibrated efficiency), the GPU the rest of the MoE decode bytes (MOE_DECODE_BYTES_FACTOR included), and every MoE
 * layer on the CPU adds a hand-over (MOE_CPU_LAYER_MS: activations to the host and back, a synchronisation, the CPU
 * thread pool's barriers).
 */
export function expertOffloadReads(model: LlmModel, quant: QuantFormat, cpuShare: number): { gpuGB: number; cpuGB: number; handOverS: number } {
  const active = activeWeightsGB(model, quant);
  const cpuGB = cpuShare * activeExpertWeightsGB(model, quant);
  const cpuLayers = cpuShare * (model.moe?.layers ?? 0);
  return { gpuGB: (decodeWeightsGB(model, quant) * (active - cpuGB)) / active, cpuGB, handOverS: (cpuLayers * MOE_CPU_LAYER_MS) / 1000 };
}
