import type { Backend } from './efficiency-table';
import type { QuantId } from './llm-models';

/**
 * Published MoE decode runs (llama.cpp, batch 1). Fine-grained MoE decode reads more than its nominal active weights:
 * the router, attention and many small expert matmuls per layer run well below the bandwidth a dense matmul reaches.
 * The full-offload rows of fine-grained models (Qwen3-30B-A3B, gpt-oss) put the effective bytes per token at ≈ 1.9 ×
 * the active weights (MOE_DECODE_BYTES_FACTOR, their median). Rows with `offload` ran llama.cpp --n-cpu-moe: the routed
 * experts of that many layers sit in system RAM (`ramPeakGBs`, when the source states the memory) and are read by the
 * CPU. test/unit/judge/moe-decode.test.ts recomputes the factor and checks the judge against every row; docs/estimates.md
 * carries the table it generates (moe-table.ts).
 */
export interface MoeMeasurement {
  gpuId: string;
  modelId: string;
  quant: QuantId;
  backend: Backend;
  decodeTokensPerSecond: number;
  /** Conditions as the source states them (build, context, flags). */
  conditions: string;
  /** --n-cpu-moe: routed-expert layers kept in system RAM, and the RAM's peak bandwidth (null: not stated). */
  offload?: { cpuMoeLayers: number; ramPeakGBs: number | null };
  /** Shown with its error but not held to the tolerance, with the reason. */
  outlier?: string;
  source: { title: string; ref: string; date: string };
}

const smelt = (slug: string, title: string, date: string) => ({ title: `smeltcore recipe: ${title}`, ref: `https://smeltcore.com/recipes/${slug}/`, date });
const llmfit = (pr: number, title: string, date: string) => ({ title: `AlexsJones/llmfit PR #${pr}: ${title}`, ref: `https://github.com/AlexsJones/llmfit/pull/${pr}`, date });

export const moeMeasurements: readonly MoeMeasurement[] = [
  {
    gpuId: 'nvidia-rtx-3090-ti', modelId: 'qwen3-30b-a3b', quant: 'Q4_K_M', backend: 'cuda', decodeTokensPerSecond: 166.9,
    conditions: '4K context, Q4_K, -ngl 99',
    source: smelt('qwen3-30b-a3b-rtx-3090-ti', 'Qwen3-30B-A3B on RTX 3090 Ti: 167 tok/s', '2026-06-27'),
  },
  {
    gpuId: 'nvidia-rtx-4090', modelId: 'qwen3-30b-a3b', quant: 'Q4_K_M', backend: 'cuda', decodeTokensPerSecond: 196,
    conditions: 'full offload, "up to 196 tok/s"',
    source: { title: 'Qwen3-30B-A3B Local AI Guide: 196 tok/s on one RTX 4090 (runaihome)', ref: 'https://runaihome.com/blog/qwen3-30b-a3b-local-ai-guide-2026/', date: '2026-12-07' },
  },
  {
    gpuId: 'nvidia-rtx-3090', modelId: 'gpt-oss-20b', quant: 'MXFP4', backend: 'cuda', decodeTokensPerSecond: 147.5,
    conditions: '4K context, MXFP4, CUDA + FlashAttention',
    source: smelt('gpt-oss-20b-on-rtx-3090-mxfp4-chat-at-147-tok-s-via-ollama-or-vllm', 'gpt-oss 20B on RTX 3090: MXFP4 chat at 147 tok/s', '2026-05-22'),
  },
  {
    gpuId: 'nvidia-rtx-4080-super', modelId: 'gpt-oss-20b', quant: 'MXFP4', backend: 'cuda', decodeTokensPerSecond: 139.1,
    conditions: '4K context, MXFP4',
    source: smelt('gpt-oss-20b-on-rtx-4080-super-mxfp4-chat-at-139-tok-s-via-ollama-or-vllm', 'gpt-oss 20B on RTX 4080 SUPER: MXFP4 chat at 139 tok/s', '2026-06-02'),
  },
  {
    gpuId: 'nvidia-rtx-5090', modelId: 'gpt-oss-20b', quant: 'MXFP4', backend: 'cuda', decodeTokensPerSecond: 298.2,
    conditions: '4K context, MXFP4',
    source: smelt('gpt-oss-20b-on-rtx-5090-mxfp4-chat-at-298-tok-s-via-ollama-or-vllm', 'gpt-oss 20B on RTX 5090: MXFP4 chat at 298 tok/s (read 2026-12-07)', '2026-12-07'),
  },
  {
    gpuId: 'nvidia-rtx-4090', modelId: 'gpt-oss-20b', quant: 'MXFP4', backend: 'cuda', decodeTokensPerSecond: 225,
    conditions: 'context capped at 8K (--ctx-size 8192)',
    source: { title: 'GPT-OSS 20B for local AI in 2026: 225 tok/s on RTX 4090 (runaihome, via dev.to; read 2026-12-07)', ref: 'https://dev.to/jovan_chan_9500711396d4e6/gpt-oss-20b-for-local-ai-in-2026-225-toks-on-rtx-4090-the-128k-context-trap-and-which-gpu-you-53ij', date: '2026-12-07' },
  },
  {
    gpuId: 'apple-m2-max', modelId: 'mixtral-8x7b', quant: 'Q4_K_M', backend: 'metal', decodeTokensPerSecond: 34.72,
    conditions: 'llama-bench tg128, build 9fb13f9 (1631), Metal, M2 Max 38-core GPU 96 GB',
    source: { title: 'ggml-org/llama.cpp PR #4406 (add Mixtral support), comment by brozkrut', ref: 'https://github.com/ggml-org/llama.cpp/pull/4406', date: '2023-12-16' },
  },
  {
    gpuId: 'nvidia-rtx-2080', modelId: 'qwen3-30b-a3b', quant: 'Q4_K_M', backend: 'cuda', decodeTokensPerSecond: 36.7,
    conditions: 'llama-server -ngl 99 --n-cpu-moe 36 (of 48), i9-10900X quad-channel DDR4 (~102 GB/s measured), generation speed the server reports',
    offload: { cpuMoeLayers: 36, ramPeakGBs: 102.4 },
    source: llmfit(755, 'RTX 2080 community benchmark (Qwen3-30B-A3B, MoE offload)', '2026-07-16'),
  },
  {
    gpuId: 'nvidia-rtx-2080', modelId: 'gpt-oss-20b', quant: 'MXFP4', backend: 'cuda', decodeTokensPerSecond: 36.4,
    conditions: 'llmfit bench avg (includes prompt processing), --n-cpu-moe 12 (of 24), context 4096, same i9-10900X host',
    offload: { cpuMoeLayers: 12, ramPeakGBs: 102.4 },
    source: llmfit(775, 'RTX 2080 (8GB) community benchmarks — 20–24B, MoE vs dense', '2026-07-20'),
  },
  {
    gpuId: 'nvidia-rtx-3060-12gb', modelId: 'gpt-oss-20b', quant: 'MXFP4', backend: 'cuda', decodeTokensPerSecond: 64,
    conditions: '~64 tok/s, llama.cpp --n-cpu-moe 2 (of 24), 16K context; RAM not stated (judge default 2× DDR4-2400)',
    offload: { cpuMoeLayers: 2, ramPeakGBs: null },
    source: smelt('gpt-oss-20b-on-rtx-3060-mxfp4-chat-at-64-tok-s-in-12-gb-via-llama-cpp-expert-offload', 'gpt-oss 20B on RTX 3060: 64 tok/s in 12 GB via expert offload', '2026-06-13'),
  },
  {
    gpuId: 'nvidia-rtx-3090', modelId: 'gpt-oss-120b', quant: 'MXFP4', backend: 'cuda', decodeTokensPerSecond: 1.6,
    conditions: 'llama-server -ngl 99 --n-cpu-moe 27 (of 36), EPYC 7343, 64 GB DDR4-3200 (channels not stated), 85–5500 token contexts',
    offload: { cpuMoeLayers: 27, ramPeakGBs: null },
    outlier:
      'its ≈ 1.5 GB of active experts per token at 1.6 tok/s is ≈ 2.5 GB/s, far below any DDR4 (two channels of DDR4-3200 give 51 GB/s); the source names no cause (64 GB of RAM for a 63 GB file suggests mmap paging), and CPU-only runs of the model reach ≈ 14 tok/s on DDR5 (cybernews)',
    source: { title: 'hardware-corner: GPT-OSS 120B, offloading MoE layers to CPU (RTX 3090 and 5090)', ref: 'https://www.hardware-corner.net/gpt-oss-offloading-moe-layers/', date: '2025-11-10' },
  },
];

/** Effective bytes per token of a fine-grained MoE model ÷ its active weights (median of the full-offload fine-grained rows, rounded). */
export const MOE_DECODE_BYTES_FACTOR = 1.9;

/**
 * Time each MoE layer whose experts run on the CPU adds to a token, ms: the hand-over beyond the bytes. The median of
 * what the offload rows with stated RAM leave unexplained by bandwidth (RTX 2080 + quad-channel DDR4: Qwen3-30B-A3B
 * 36 layers ≈ 0.14 ms each, gpt-oss-20b 12 layers ≈ 0.52 ms each, the latter a bench average that includes prompt
 * processing), rounded; test/unit/judge/moe-decode.test.ts recomputes it.
 */
export const MOE_CPU_LAYER_MS = 0.33;

/** Largest error a non-outlier row may show against the judge (the #21 acceptance band). */
export const MOE_TOLERANCE = 0.25;
