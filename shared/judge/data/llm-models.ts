import type { Source } from '../../catalogue/source';

/** A reference LLM per size class, with the shape numbers the VRAM and speed formulas need. */
export interface LlmModel {
  id: string;
  label: string;
  sizeClass: '1-3B' | '7-8B' | '13-14B' | '32-34B' | '70B';
  paramsB: number;
  layers: number;
  kvHeads: number;
  headDim: number;
  /** Hidden size: the activation that crosses between GPUs per token in a layer split. */
  hidden: number;
  source: Source;
}

const hf = (repo: string): Source => ({ title: `Hugging Face model card and config.json of ${repo}`, ref: `https://huggingface.co/${repo}`, date: '2026-11' });

export const llmModels: readonly LlmModel[] = [
  { id: 'llama-3.2-3b', label: 'Llama 3.2 3B', sizeClass: '1-3B', paramsB: 3.21, layers: 28, kvHeads: 8, headDim: 128, hidden: 3072, source: hf('meta-llama/Llama-3.2-3B') },
  // The llama-bench reference model (ai-capability.md §1: 6.74 B params, Q4_0 file 3.56 GiB; no GQA).
  { id: 'llama-2-7b', label: 'Llama 2 7B (llama-bench reference)', sizeClass: '7-8B', paramsB: 6.74, layers: 32, kvHeads: 32, headDim: 128, hidden: 4096, source: hf('meta-llama/Llama-2-7b-hf') },
  { id: 'llama-3.1-8b', label: 'Llama 3.1 8B', sizeClass: '7-8B', paramsB: 8.03, layers: 32, kvHeads: 8, headDim: 128, hidden: 4096, source: hf('meta-llama/Llama-3.1-8B') },
  { id: 'qwen2.5-14b', label: 'Qwen2.5 14B', sizeClass: '13-14B', paramsB: 14.77, layers: 48, kvHeads: 8, headDim: 128, hidden: 5120, source: hf('Qwen/Qwen2.5-14B') },
  { id: 'qwen2.5-32b', label: 'Qwen2.5 32B', sizeClass: '32-34B', paramsB: 32.76, layers: 64, kvHeads: 8, headDim: 128, hidden: 5120, source: hf('Qwen/Qwen2.5-32B') },
  { id: 'llama-3.1-70b', label: 'Llama 3.1 70B', sizeClass: '70B', paramsB: 70.55, layers: 80, kvHeads: 8, headDim: 128, hidden: 8192, source: hf('meta-llama/Llama-3.1-70B') },
];

export interface QuantFormat {
  id: 'F16' | 'Q8_0' | 'Q4_K_M' | 'Q4_0';
  /** Effective bits per weight of real GGUF files (file size ÷ params), ai-capability.md §2. */
  bitsPerWeight: number;
  label: string;
}

/**
 * Effective bpw measured from real GGUF files (research note ai-capability.md §2): Q4_0 ≈ 4.5–4.55 (Llama-2-7B 3.56 GiB /
 * 6.74 B), Q4_K_M ≈ 4.8–4.9 (Llama-3-8B 4.58 GiB / 8.03 B; 70B 39.59 GiB), Q8_0 = 8.5 (32-weight blocks + fp16 scale), F16 = 16.
 */
export const quantFormats: Record<QuantFormat['id'], QuantFormat> = {
  F16: { id: 'F16', bitsPerWeight: 16, label: 'FP16' },
  Q8_0: { id: 'Q8_0', bitsPerWeight: 8.5, label: 'Q8' },
  Q4_K_M: { id: 'Q4_K_M', bitsPerWeight: 4.85, label: 'Q4' },
  Q4_0: { id: 'Q4_0', bitsPerWeight: 4.55, label: 'Q4_0' },
};

/** The LLM rows the judge evaluates: every size class in FP16/Q8/Q4, plus the llama-bench reference Q4_0. */
export const llmWorkloads: ReadonlyArray<{ model: string; quant: QuantFormat['id'] }> = [
  ...llmModels.filter((m) => m.id !== 'llama-2-7b').flatMap((m) => (['F16', 'Q8_0', 'Q4_K_M'] as const).map((quant) => ({ model: m.id, quant }))),
  { model: 'llama-2-7b', quant: 'Q4_0' },
];

export const llmModelById = (id: string): LlmModel | undefined => llmModels.find((m) => m.id === id);
