/**
 * PROVISIONAL priors from ai-capability.md §3 (to be replaced by the calibrated table).
 */
export type Backend = 'cuda' | 'rocm' | 'vulkan' | 'metal' | 'sycl';

export interface EfficiencyEntry {
  efficiency: number;
  /** Rows of llama-bench-reference.ts behind the figure (0 = research prior). */
  n: number;
}
export interface DecodeEntry extends EfficiencyEntry {
  /** Fixed per-token latency in ms (kernel launches, sync). */
  latencyMs: number;
}

export const decodeEfficiency: Record<string, DecodeEntry> = {
  default: { efficiency: 0.62, latencyMs: 0, n: 0 },
  cuda: { efficiency: 0.65, latencyMs: 0, n: 0 },
  'cuda:pascal': { efficiency: 0.45, latencyMs: 0, n: 0 },
  vulkan: { efficiency: 0.6, latencyMs: 0, n: 0 },
  'vulkan:gcn4': { efficiency: 0.45, latencyMs: 0, n: 0 },
  rocm: { efficiency: 0.55, latencyMs: 0, n: 0 },
  metal: { efficiency: 0.55, latencyMs: 0, n: 0 },
};

export const promptEfficiency: Record<string, EfficiencyEntry> = {
  default: { efficiency: 0.4, n: 0 },
  cuda: { efficiency: 0.5, n: 0 },
  'cuda:pascal': { efficiency: 0.3, n: 0 },
};
