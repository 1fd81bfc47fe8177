import type { Source } from '../../catalogue/source';

/** Vast.ai host rules: the strictest public listing rules among the GPU-rental marketplaces (market-snapshot-2026.json). */
export const vastRules = {
  minComputeCapability: 6.1,
  pcieLanesPerTflops: 1 / 2.5,
  ramGBPerGpu: 4,
  diskGBPerGpu: 128,
  coresPerGpu: 1,
  minUploadMbps: 10,
  verifiedMinVramGB: 7,
  /** Verification bandwidth: ≈2.6 Mbps per GiB of total VRAM, floor 100, ceiling 500 Mbps. */
  verifiedMbpsPerGiB: 2.6,
  verifiedMbpsFloor: 100,
  verifiedMbpsCeiling: 500,
  source: {
    title: 'vast-ai/docs host/verification-stages.mdx (listing minimum and verification), via market-snapshot-2026.json',
    ref: 'https://github.com/vast-ai/docs/blob/main/host/verification-stages.mdx',
    date: '2025-11-03',
  } satisfies Source,
} as const;
