import type { Source } from '../../catalogue/source';
import type { AuditRule } from '../../rental-audit/rule-schema';
import { vastRules as vastAudit } from '../../rental-audit/rules-vast';

/** One of the rental audit's Vast rules by id, of the kind expected (the figures are written once, there). */
function auditRule<K extends AuditRule['kind']>(id: string, kind: K): Extract<AuditRule, { kind: K }> {
  const rule = vastAudit.find((r) => r.id === id);
  if (rule?.kind !== kind) throw new Error(`The rental audit has no Vast rule ${id} of kind ${kind}`);
  return rule as Extract<AuditRule, { kind: K }>;
}

const lanes = auditRule('vast-lanes', 'pcie-lanes-per-tflops');
const line = auditRule('vast-verify-line', 'line-per-vram');
const minCc = auditRule('vast-gpu', 'gpu-allowed').nvidiaMinComputeCapability;
if (minCc === null) throw new Error('The rental audit\'s Vast GPU rule names no minimum compute capability');

/**
 * Vast.ai host rules as the judge's rental verdict reads them: the strictest public listing rules among the GPU-rental
 * marketplaces. The figures come from the rental audit's rules (shared/rental-audit/rules-vast.ts, with their sources),
 * so the verdict and the audit can never disagree on a number.
 */
export const vastRules = {
  minComputeCapability: minCc,
  pcieLanesPerTflops: lanes.lanesPerTflops,
  /** No slot is wider than x16: a card above 40 TFLOPS needs x16, not x34. */
  pcieMaxLanes: lanes.maxLanes,
  ramGBPerGpu: auditRule('vast-ram', 'ram-per-gpu').minGiBPerGpu,
  diskGBPerGpu: auditRule('vast-ssd', 'ssd-per-gpu').minGBPerGpu,
  coresPerGpu: auditRule('vast-cores', 'cores-per-gpu').minCoresPerGpu,
  minUploadMbps: auditRule('vast-up', 'uplink').minMbps,
  verifiedMinVramGB: auditRule('vast-verify-vram', 'vram').minGiB,
  /** Verification bandwidth: ≈2.6 Mbps per GiB of total VRAM, floor 100, ceiling 500 Mbps. */
  verifiedMbpsPerGiB: line.mbpsPerGiB,
  verifiedMbpsFloor: line.floorMbps,
  verifiedMbpsCeiling: line.ceilingMbps,
  source: {
    title: 'vast-ai/docs host/verification-stages.mdx (listing minimum and verification), via market-snapshot-2026.json',
    ref: 'https://github.com/vast-ai/docs/blob/main/host/verification-stages.mdx',
    date: '2025-11-03',
  } satisfies Source,
} as const;
