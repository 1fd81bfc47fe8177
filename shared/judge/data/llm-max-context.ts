import type { Source } from '../../catalogue/source';

/**
 * Longest context each listed model was trained or extended for, in tokens (its model card's "context length"; where a
 * card gives a native figure and a longer one with YaRN scaling, the native one). The UI's context slider stops here.
 */
const card = (repo: string, note: string): Source => ({ title: `Hugging Face model card of ${repo}: ${note}`, ref: `https://huggingface.co/${repo}`, date: '2026-12-07' });

export const llmMaxContext: Readonly<Record<string, { tokens: number; source: Source }>> = {
  'llama-3.2-1b': { tokens: 131072, source: card('meta-llama/Llama-3.2-1B', '128k context length') },
  'llama-3.2-3b': { tokens: 131072, source: card('meta-llama/Llama-3.2-3B', '128k context length') },
  'llama-2-7b': { tokens: 4096, source: card('meta-llama/Llama-2-7b-hf', 'context length 4k') },
  'llama-3.1-8b': { tokens: 131072, source: card('meta-llama/Llama-3.1-8B', '128k context length') },
  'qwen2.5-14b': { tokens: 131072, source: card('Qwen/Qwen2.5-14B', 'context length 131,072 tokens') },
  'qwen2.5-32b': { tokens: 131072, source: card('Qwen/Qwen2.5-32B', 'context length 131,072 tokens') },
  'qwen3-30b-a3b': { tokens: 32768, source: card('Qwen/Qwen3-30B-A3B', '32,768 natively, 131,072 with YaRN') },
  'gpt-oss-20b': { tokens: 131072, source: card('openai/gpt-oss-20b', '128k context (config.json max_position_embeddings 131072)') },
  'gpt-oss-120b': { tokens: 131072, source: card('openai/gpt-oss-120b', '128k context (config.json max_position_embeddings 131072)') },
  'mixtral-8x7b': { tokens: 32768, source: card('mistralai/Mixtral-8x7B-v0.1', '32k tokens context') },
  'llama-3.1-70b': { tokens: 131072, source: card('meta-llama/Llama-3.1-70B', '128k context length') },
  'deepseek-v2-lite': { tokens: 32768, source: card('deepseek-ai/DeepSeek-V2-Lite', '32k context length') },
};

/** A model the data do not list (a custom shape): the slider's own top. */
export const UNLISTED_MAX_CONTEXT = 131072;
