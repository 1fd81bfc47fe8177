import type { ArchFamily } from './gpu-profile';

/**
 * Architectures pooled when one alone has too few measured cards for its own decode efficiency, before the estimate
 * falls back to the whole backend. NVIDIA Kepler, Maxwell and Pascal have no tensor cores, run llama.cpp's dp4a/FP32
 * kernel paths and run without CUDA graphs (llama.cpp enables graphs from Volta on: PR #25749; the log line "disabling
 * CUDA graphs due to GPU architecture" on a GTX 1080 Ti), so each token pays more launch overhead. The backend-wide
 * median is set by Volta…Blackwell cards (tensor cores, large L2 caches, graphs), which read a larger share of their
 * bandwidth: measured, a Tesla P40 or GTX 1060 reaches ≈ 0.6 of peak where Ampere and Ada reach ≈ 0.8.
 */
const PARENTS: Partial<Record<ArchFamily, string>> = { kepler: 'nvidia-pre-volta', maxwell: 'nvidia-pre-volta', pascal: 'nvidia-pre-volta' };

export const parentArchOf = (arch: string): string | null => PARENTS[arch as ArchFamily] ?? null;
