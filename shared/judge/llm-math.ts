import type { LlmModel, QuantFormat } from './data/llm-models';
import { MOE_DECODE_BYTES_FACTOR } from './data/moe-decode';

/**
 * LLM memory and speed formulas (ai-capability.md §2). Bytes and bandwidths are decimal GB; VRAM is GiB, because that is
 * what drivers report (nvidia-smi MiB, a "24 GB" card is 24 GiB) and what file listings show: vramNeededGB is in GiB.
 * Worked examples are in test/unit/judge/llm-math.test.ts.
 */

/** Weights: params × effective bits per weight ÷ 8. Llama-2-7B Q4_0: 6.74e9 × 4.55 / 8 = 3.83 GB (3.57 GiB; the file is 3.56 GiB). */
export const weightsGB = (model: LlmModel, quant: QuantFormat): number => (model.paramsB * quant.bitsPerWeight) / 8;

/** Weights read per generated token: all of them for a dense model, the active experts (plus shared layers) for a MoE. */
export const activeWeightsGB = (model: LlmModel, quant: QuantFormat): number => ((model.activeParamsB ?? model.paramsB) * quant.bitsPerWeight) / 8;

/**
 * Fine-grained experts (an expert's FFN no wider than the hidden size: Qwen3-MoE, gpt-oss, DeepSeek) make each expert
 * matmul a few MB, too small to stream at dense bandwidth. Coarse experts (Mixtral: 14336 wide on a 4096 hidden, each
 * expert a dense 7B FFN) stream like a dense model. A MoE given only its active params (custom shapes) counts as fine.
 */
export const isFineGrainedMoe = (model: LlmModel): boolean => model.activeParamsB !== undefined && (!model.moe || model.moe.expertFfn <= model.hidden);

/**
 * Bytes a decode step reads for the weights: the active weights, × MOE_DECODE_BYTES_FACTOR for a fine-grained mixture
 * of experts (data/moe-decode.ts: router, attention and small expert matmuls run below dense efficiency; Qwen3-30B-A3B
 * on an RTX 3090 Ti measured 167 tokens/s where the active weights alone predict ≈ 290).
 */
export const decodeWeightsGB = (model: LlmModel, quant: QuantFormat): number => activeWeightsGB(model, quant) * (isFineGrainedMoe(model) ? MOE_DECODE_BYTES_FACTOR : 1);

/** Decimal GB → GiB (10⁹ bytes → 2³⁰ bytes). */
export const toGiB = (gb: number): number => (gb * 1e9) / 2 ** 30;

/**
 * KV cache: 2 (K and V) × layers × KV heads × head dim × bytes per element × tokens (GQA: KV heads, not attention heads).
 * Llama-2-7B at 4096 tokens fp16 = 2.15 GB (2 GiB). Sliding-window layers stop at their window; MLA caches a latent.
 */
export function kvCacheGB(model: LlmModel, contextTokens: number, bytesPerElement = 2): number {
  // MLA caches one compressed latent per layer and token instead of K and V per head (llama.cpp stores the latent).
  if (model.mlaLatentDim) return (model.layers * model.mlaLatentDim * bytesPerElement * contextTokens) / 1e9;
  const perLayerToken = 2 * model.kvHeads * model.headDim * bytesPerElement;
  // Sliding-window layers hold at most their window, however long the context.
  const windowed = model.slidingWindow ? Math.min(model.slidingWindow.layers, model.layers) : 0;
  const windowTokens = model.slidingWindow ? Math.min(contextTokens, model.slidingWindow.tokens) : 0;
  return (perLayerToken * ((model.layers - windowed) * contextTokens + windowed * windowTokens)) / 1e9;
}

/**
 * Per-GPU runtime overhead: ≈0.4 GB CUDA/ROCm context plus ≈0.3 GB llama.cpp compute buffer at the default batch
 * (ai-capability.md §2: "~0.3–0.5 GB CUDA context per GPU", "compute buffer hundreds of MB").
 */
export const RUNTIME_OVERHEAD_GB = 0.7;

/** Context the VRAM verdicts assume (a usual chat/RAG default). */
export const DEFAULT_CONTEXT = 4096;

/** Average KV length during llama-bench tg128 (128 tokens from an empty context): decode estimates are at short context. */
export const SHORT_CONTEXT = 64;

/**
 * VRAM need in GiB ≈ file size + KV cache + runtime overhead. Llama 3.1 70B F16: 141.1 GB of weights is the 131.4 GiB
 * file, so it needs ≈ 133.4 GiB at 4096 tokens, not 143 (the old figure added decimal GB to a GiB capacity).
 */
export const vramNeededGB = (model: LlmModel, quant: QuantFormat, contextTokens = DEFAULT_CONTEXT): number =>
  toGiB(weightsGB(model, quant) + kvCacheGB(model, contextTokens)) + RUNTIME_OVERHEAD_GB;

/** Longest context that still fits next to the weights in usableGiB, or 0. */
export function maxContextFitting(model: LlmModel, quant: QuantFormat, usableGiB: number): number {
  const free = usableGiB - toGiB(weightsGB(model, quant)) - RUNTIME_OVERHEAD_GB;
  if (free <= 0) return 0;
  return Math.floor(free / toGiB(kvCacheGB(model, 1)));
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

/**
 * Decode with part of the weights in system RAM (llama.cpp -ngl below the layer count): each token reads the GPU's share
 * at the GPU's calibrated bandwidth and the rest at the host's. 8B Q4_K_M (4.87 GB), 3 GB on a 360 GB/s card at 0.79 and
 * 1.87 GB at 23 GB/s effective host bandwidth: 1 / (3/284 + 1.87/23 + 0.001) ≈ 10.9 tokens/s.
 */
export const offloadDecodeTokensPerSecond = (gpuGB: number, gpuEffBandwidthGBs: number, cpuGB: number, hostEffBandwidthGBs: number, latencyS: number): number =>
  1 / (gpuGB / gpuEffBandwidthGBs + cpuGB / hostEffBandwidthGBs + latencyS);

/**
 * Layer split over N cards (llama.cpp --split-mode layer): a token visits the cards in turn, so the times add; each card
 * adds its own per-token latency and each hand-over one more (the activation copy and a synchronisation,
 * SPLIT_HOP_MS). A small model forced over N cards is therefore slower than on one.
 */
export const SPLIT_HOP_MS = 0.3;
export function layerSplitDecodeTokensPerSecond(parts: ReadonlyArray<{ gb: number; effBandwidthGBs: number; latencyS: number }>): number {
  const seconds = parts.reduce((sum, p) => sum + p.gb / p.effBandwidthGBs + p.latencyS, 0) + Math.max(0, parts.length - 1) * (SPLIT_HOP_MS / 1000);
  return 1 / seconds;
}
