import type { Source } from '../../catalogue/source';

/** A reference LLM per size class, with the shape numbers the VRAM and speed formulas need. */
export interface LlmModel {
  id: string;
  label: string;
  sizeClass: '1-3B' | '7-8B' | '13-14B' | '32-34B' | '70B' | 'moe';
  /** Total parameters: what the weights (memory) weigh. */
  paramsB: number;
  /** Mixture of experts: parameters read per token (decode streams only the active experts); absent = dense. */
  activeParamsB?: number;
  /** MoE shape (config.json): routed experts per layer, experts per token, expert FFN width, and all routed-expert params. */
  moe?: MoeShape;
  layers: number;
  kvHeads: number;
  headDim: number;
  /** Hidden size: the activation that crosses between GPUs per token in a layer split. */
  hidden: number;
  /** Sliding-window attention: `layers` of the model keep only the last `tokens` in their KV cache (config.json layer_types). */
  slidingWindow?: { tokens: number; layers: number };
  /** Multi-head latent attention (DeepSeek): each layer caches one latent of kv_lora_rank + qk_rope_head_dim per token. */
  mlaLatentDim?: number;
  /** The llama-bench reference model (its rows are named as such). */
  reference?: true;
  source: Source;
}

export interface MoeShape {
  /** Layers with routed experts (DeepSeek keeps its first layer dense). */
  layers: number;
  experts: number;
  activeExperts: number;
  /** moe_intermediate_size: one expert's FFN width. */
  expertFfn: number;
  /** Routed-expert weights of all layers: layers × experts × 3 (gate, up, down) × hidden × expertFfn. */
  expertParamsB: number;
}

/** Routed-expert params of a config: layers × experts × 3 × hidden × expert FFN width, in billions. */
const moe = (layers: number, experts: number, activeExperts: number, hidden: number, expertFfn: number): MoeShape => ({
  layers,
  experts,
  activeExperts,
  expertFfn,
  expertParamsB: Math.round((layers * experts * 3 * hidden * expertFfn) / 1e7) / 100,
});

const hf = (repo: string): Source => ({ title: `Hugging Face model card and config.json of ${repo}`, ref: `https://huggingface.co/${repo}`, date: '2026-11' });

export const llmModels: readonly LlmModel[] = [
  { id: 'llama-3.2-1b', label: 'Llama 3.2 1B', sizeClass: '1-3B', paramsB: 1.24, layers: 16, kvHeads: 8, headDim: 64, hidden: 2048, source: hf('meta-llama/Llama-3.2-1B') },
  { id: 'llama-3.2-3b', label: 'Llama 3.2 3B', sizeClass: '1-3B', paramsB: 3.21, layers: 28, kvHeads: 8, headDim: 128, hidden: 3072, source: hf('meta-llama/Llama-3.2-3B') },
  // The llama-bench reference model (ai-capability.md §1: 6.74 B params, Q4_0 file 3.56 GiB; no GQA).
  { id: 'llama-2-7b', label: 'Llama 2 7B', reference: true, sizeClass: '7-8B', paramsB: 6.74, layers: 32, kvHeads: 32, headDim: 128, hidden: 4096, source: hf('meta-llama/Llama-2-7b-hf') },
  { id: 'llama-3.1-8b', label: 'Llama 3.1 8B', sizeClass: '7-8B', paramsB: 8.03, layers: 32, kvHeads: 8, headDim: 128, hidden: 4096, source: hf('meta-llama/Llama-3.1-8B') },
  { id: 'qwen2.5-14b', label: 'Qwen2.5 14B', sizeClass: '13-14B', paramsB: 14.77, layers: 48, kvHeads: 8, headDim: 128, hidden: 5120, source: hf('Qwen/Qwen2.5-14B') },
  { id: 'qwen2.5-32b', label: 'Qwen2.5 32B', sizeClass: '32-34B', paramsB: 32.76, layers: 64, kvHeads: 8, headDim: 128, hidden: 5120, source: hf('Qwen/Qwen2.5-32B') },
  // MoE: memory from the total, decode from the active parameters (experts routed per token).
  { id: 'qwen3-30b-a3b', label: 'Qwen3 30B-A3B (MoE)', sizeClass: 'moe', paramsB: 30.53, activeParamsB: 3.34, layers: 48, kvHeads: 4, headDim: 128, hidden: 2048, moe: moe(48, 128, 8, 2048, 768), source: hf('Qwen/Qwen3-30B-A3B') },
  // Alternating full and 128-token sliding-window attention (config.json: sliding_window 128, layer_types 12 + 12).
  { id: 'gpt-oss-20b', label: 'gpt-oss-20b (MoE)', sizeClass: 'moe', paramsB: 20.91, activeParamsB: 3.61, layers: 24, kvHeads: 8, headDim: 64, hidden: 2880, slidingWindow: { tokens: 128, layers: 12 }, moe: moe(24, 32, 4, 2880, 2880), source: hf('openai/gpt-oss-20b') },
  { id: 'mixtral-8x7b', label: 'Mixtral 8x7B (MoE)', sizeClass: 'moe', paramsB: 46.7, activeParamsB: 12.9, layers: 32, kvHeads: 8, headDim: 128, hidden: 4096, moe: moe(32, 8, 2, 4096, 14336), source: hf('mistralai/Mixtral-8x7B-v0.1') },
  { id: 'llama-3.1-70b', label: 'Llama 3.1 70B', sizeClass: '70B', paramsB: 70.55, layers: 80, kvHeads: 8, headDim: 128, hidden: 8192, source: hf('meta-llama/Llama-3.1-70B') },
];

/** Models judged only when asked for (CLI judge --model), not in every report, matrix or comparison. */
export const onRequestModels: readonly LlmModel[] = [
  // MLA (config.json: kv_lora_rank 512 + qk_rope_head_dim 64 = 576 per layer and token; 27 layers, 64 experts, 6 routed).
  { id: 'deepseek-v2-lite', label: 'DeepSeek-V2-Lite (MoE)', sizeClass: 'moe', paramsB: 15.71, activeParamsB: 2.4, layers: 27, kvHeads: 16, headDim: 192, hidden: 2048, mlaLatentDim: 576, moe: moe(26, 64, 6, 2048, 1408), source: hf('deepseek-ai/DeepSeek-V2-Lite') },
  // 36 layers, 128 experts, 4 per token (config.json); half the layers slide over 128 tokens like gpt-oss-20b.
  { id: 'gpt-oss-120b', label: 'gpt-oss-120b (MoE)', sizeClass: 'moe', paramsB: 116.83, activeParamsB: 5.13, layers: 36, kvHeads: 8, headDim: 64, hidden: 2880, slidingWindow: { tokens: 128, layers: 18 }, moe: moe(36, 128, 4, 2880, 2880), source: hf('openai/gpt-oss-120b') },
];

export type QuantId =
  | 'F16' | 'Q8_0' | 'Q6_K' | 'Q5_K_M' | 'Q5_K_S' | 'Q4_K_M' | 'Q4_K_S' | 'Q4_0' | 'Q3_K_L' | 'Q3_K_M' | 'Q3_K_S' | 'Q2_K'
  | 'IQ4_NL' | 'IQ4_XS' | 'IQ3_M' | 'IQ3_S' | 'IQ3_XS' | 'IQ3_XXS' | 'IQ2_M' | 'IQ2_S' | 'IQ2_XS' | 'IQ2_XXS' | 'IQ1_M' | 'IQ1_S'
  | 'BF16' | 'MXFP4';

export interface QuantFormat {
  id: QuantId;
  /** Effective bits per weight of real GGUF files (file bytes × 8 ÷ params). */
  bitsPerWeight: number;
  label: string;
}

/**
 * Effective bpw. Q4_0 4.55 (llama-2-7b.Q4_0.gguf 3.56 GiB / 6.74 B, ai-capability.md §2), Q4_K_M 4.85 (Llama-3-8B 4.58 GiB
 * / 8.03 B = 4.90; Llama-3-70B 39.59 GiB / 70.55 B = 4.82), F16 16. The K-quants are the file sizes llama-quantize
 * lists for Llama-3-8B (tools/quantize/quantize.cpp QUANT_OPTIONS, GiB: Q2_K 2.96, Q3_K_S 3.41, Q3_K_M 3.74, Q3_K_L 4.03,
 * Q4_K_S 4.37, Q5_K_S 5.21, Q5_K_M 5.33, Q6_K 6.14, Q8_0 7.96) × 2³⁰ × 8 ÷ 8.03 B; the IQ quants are the bpw that table
 * states (IQ2_XXS 2.06, IQ2_XS 2.31, IQ3_XXS 3.06, IQ3_S 3.44, IQ4_NL 4.50) plus 0.1 for the Q6_K output
 * and embedding tensors a real file keeps (Llama-3-8B Q4_K_M: 4.90 file bpw vs 4.8 tensor bpw); IQ4_XS is the real
 * Llama-3-8B file (4.13 GiB → 4.42 bpw against 4.25 nominal). IQ1_S 1.56, IQ1_M 1.75, IQ2_S 2.5, IQ2_M 2.7, IQ3_XS 3.3,
 * IQ3_M 3.66 are the bpw the same QUANT_OPTIONS table states, + 0.1 likewise; BF16 is 16 bits like F16.
 */
export const QUANT_SOURCE = { title: 'llama.cpp tools/quantize/quantize.cpp QUANT_OPTIONS (sizes @ Llama-3-8B)', ref: 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/quantize.cpp', date: '2026-12' } as const;
const GIB_BITS_PER_8B = (2 ** 30 * 8) / 8.03e9;
const k = (id: QuantId, fileGiB: number, label: string = id): QuantFormat => ({ id, bitsPerWeight: Math.round(fileGiB * GIB_BITS_PER_8B * 100) / 100, label });
const iq = (id: QuantId, tensorBpw: number): QuantFormat => ({ id, bitsPerWeight: Math.round((tensorBpw + 0.1) * 100) / 100, label: id });

export const quantFormats: Record<QuantId, QuantFormat> = {
  F16: { id: 'F16', bitsPerWeight: 16, label: 'FP16' },
  BF16: { id: 'BF16', bitsPerWeight: 16, label: 'BF16' },
  Q8_0: { id: 'Q8_0', bitsPerWeight: 8.5, label: 'Q8' },
  Q6_K: k('Q6_K', 6.14),
  Q5_K_M: k('Q5_K_M', 5.33),
  Q5_K_S: k('Q5_K_S', 5.21),
  Q4_K_M: { id: 'Q4_K_M', bitsPerWeight: 4.85, label: 'Q4' },
  Q4_K_S: k('Q4_K_S', 4.37),
  Q4_0: { id: 'Q4_0', bitsPerWeight: 4.55, label: 'Q4_0' },
  Q3_K_L: k('Q3_K_L', 4.03),
  Q3_K_M: k('Q3_K_M', 3.74),
  Q3_K_S: k('Q3_K_S', 3.41),
  Q2_K: k('Q2_K', 2.96),
  IQ4_NL: iq('IQ4_NL', 4.5),
  // Real Llama-3-8B IQ4_XS file: 4.13 GiB (llama-bench table in https://github.com/ggml-org/llama.cpp/pull/16636, read 2026-12).
  IQ4_XS: k('IQ4_XS', 4.13),
  IQ3_M: iq('IQ3_M', 3.66),
  IQ3_S: iq('IQ3_S', 3.44),
  IQ3_XS: iq('IQ3_XS', 3.3),
  IQ3_XXS: iq('IQ3_XXS', 3.06),
  IQ2_M: iq('IQ2_M', 2.7),
  IQ2_S: iq('IQ2_S', 2.5),
  IQ2_XS: iq('IQ2_XS', 2.31),
  IQ2_XXS: iq('IQ2_XXS', 2.06),
  IQ1_M: iq('IQ1_M', 1.75),
  IQ1_S: iq('IQ1_S', 1.56),
  // gpt-oss as released: MXFP4 (4.25 bpw) experts, the rest 8-bit; ggml-org gpt-oss-20b-mxfp4.gguf is 11.27 GiB / 20.91 B.
  MXFP4: { id: 'MXFP4', bitsPerWeight: Math.round(((11.27 * 2 ** 30 * 8) / 20.91e9) * 100) / 100, label: 'MXFP4' },
};

/** 1B-class and MoE models: judged at Q4_K_M only (the quant people download for them). */
const NEW_MODELS = new Set(['llama-3.2-1b', 'qwen3-30b-a3b', 'gpt-oss-20b', 'mixtral-8x7b']);

/** The LLM rows the judge evaluates: every size class in FP16/Q8/Q4, plus the llama-bench reference Q4_0. */
export const llmWorkloads: ReadonlyArray<{ model: string; quant: QuantId }> = [
  ...llmModels.filter((m) => m.id !== 'llama-2-7b' && !NEW_MODELS.has(m.id)).flatMap((m) => (['F16', 'Q8_0', 'Q4_K_M'] as const).map((quant) => ({ model: m.id, quant }))),
  { model: 'llama-2-7b', quant: 'Q4_0' },
  ...[...NEW_MODELS].map((model) => ({ model, quant: 'Q4_K_M' as const })),
];

export const llmModelById = (id: string): LlmModel | undefined => [...llmModels, ...onRequestModels].find((m) => m.id === id);

const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9.]/g, '');
/** A model by id or label, loosely: "qwen3-30b-a3b", "Qwen3 30B-A3B", "llama 3.1 8b". */
export const llmModelByName = (name: string): LlmModel | undefined =>
  llmModelById(name.trim().toLowerCase()) ?? [...llmModels, ...onRequestModels].find((m) => squash(m.label.replace(/\(moe\)/i, '')) === squash(name) || squash(m.id) === squash(name));

export const isQuantId = (id: string): id is QuantId => Object.hasOwn(quantFormats, id);
