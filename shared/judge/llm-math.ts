import type { LlmModel, QuantFormat } from './data/llm-models';

/**
 * LLM memory and speed formulas (ai-capability.md §2), decimal GB throughout.
 * Worked examples are in test/unit/judge/llm-math.test.ts.
 */

/** Weights: params × effective bits per weight ÷ 8. Llama-2-7B Q4_0: 6.74e9 × 4.55 / 8 = 3.83 GB (3.57 GiB; the file is 3.56 GiB). */
export const weightsGB = (model: LlmModel, quant: QuantFormat): number => (model.paramsB * quant.bitsPerWeight) / 8;

/** KV cache: 2 (K and V) × layers × KV heads × head dim × bytes per element × tokens. Llama-2-7B at 4096 tokens fp16 = 2.15 GB (2 GiB). */
export const kvCacheGB = (model: LlmModel, contextTokens: number, bytesPerElement = 2): number =>
  (2 * model.layers * model.kvHeads * model.headDim * bytesPerElement * contextTokens) / 1e9;

/**
 * Per-GPU runtime overhead: ≈0.4 GB CUDA/ROCm context plus ≈0.3 GB llama.cpp compute buffer at the default batch
 * (ai-capability.md §2: "~0.3–0.5 GB CUDA context per GPU", "compute buffer hundreds of MB").
 */
export const RUNTIME_OVERHEAD_GB = 0.7;

/** Context the VRAM verdicts assume (a usual chat/RAG default). */
export const DEFAULT_CONTEXT = 4096;

/** Average KV length during llama-bench tg128 (128 tokens from an empty context): decode estimates are at short context. */
export const SHORT_CONTEXT = 64;

export const vramNeededGB = (model: LlmModel, quant: QuantFormat, contextTokens = DEFAULT_CONTEXT): number =>
  weightsGB(model, quant) + kvCacheGB(model, contextTokens) + RUNTIME_OVERHEAD_GB;

/** Longest context that still fits next to the weights, or 0. */
export function maxContextFitting(model: LlmModel, quant: QuantFormat, usableGB: number): number {
  const free = usableGB - weightsGB(model, quant) - RUNTIME_OVERHEAD_GB;
  if (free <= 0) return 0;
  return Math.floor(free / kvCacheGB(model, 1));
}

/**
 * Decode (token generation) is memory-bound: every token streams all weights once.
 * tokens/s = 1 / (GB per token ÷ (efficiency × bandwidth GB/s) + fixed per-token latency s).
 */
export const decodeTokensPerSecond = (gbPerToken: number, bandwidthGBs: number, efficiency: number, latencyS: number): number =>
  1 / (gbPerToken / (efficiency * bandwidthGBs) + latencyS);

/** Prompt processing is compute-bound: ≈2 FLOP per parameter per token. tokens/s = efficiency × TFLOPS × 1e12 ÷ (2 × params). */
export const promptTokensPerSecond = (paramsB: number, matmulTflops: number, efficiency: number): number =>
  (efficiency * matmulTflops * 1e12) / (2 * paramsB * 1e9);

/** Time to push the weights over the host link (PCIe bound only; a cold disk adds file size ÷ disk speed). */
export const loadSeconds = (gb: number, linkGBs: number): number => gb / linkGBs;
