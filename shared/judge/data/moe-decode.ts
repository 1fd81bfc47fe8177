/**
 * MoE decode reads more than its nominal active weights: the router, the attention and shared tensors of every layer and
 * eight small expert matmuls per layer run well below the bandwidth a dense matmul reaches. Published single-GPU
 * Qwen3-30B-A3B Q4_K_M decode figures (full offload, llama.cpp CUDA) put the effective bytes per token at ≈ 1.9 × the
 * active weights; test/unit/judge/any-model.test.ts recomputes the factor from these rows with the calibrated model.
 */
export interface MoeMeasurement {
  gpuId: string;
  modelId: string;
  quant: 'Q4_K_M';
  decodeTokensPerSecond: number;
  source: { title: string; ref: string; date: string };
}

export const moeMeasurements: readonly MoeMeasurement[] = [
  {
    gpuId: 'nvidia-rtx-3090-ti',
    modelId: 'qwen3-30b-a3b',
    quant: 'Q4_K_M',
    decodeTokensPerSecond: 166.9,
    source: { title: 'Qwen3-30B-A3B on RTX 3090 Ti: 167 tok/s (smeltcore recipe, 4K context, Q4_K, -ngl 99)', ref: 'https://smeltcore.com/recipes/qwen3-30b-a3b-rtx-3090-ti/', date: '2026-06-27' },
  },
  {
    gpuId: 'nvidia-rtx-4090',
    modelId: 'qwen3-30b-a3b',
    quant: 'Q4_K_M',
    decodeTokensPerSecond: 196,
    source: { title: 'Qwen3-30B-A3B Local AI Guide: 196 tok/s on one RTX 4090 (runaihome)', ref: 'https://runaihome.com/blog/qwen3-30b-a3b-local-ai-guide-2026/', date: '2026-12-07' },
  },
];

/** Effective bytes per token of a MoE model ÷ its active weights (the median over moeMeasurements, rounded). */
export const MOE_DECODE_BYTES_FACTOR = 1.9;
