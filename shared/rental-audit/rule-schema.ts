import { z } from 'zod';
import { SourceSchema } from '../catalogue/source';
import { OsNameSchema } from './rig';

export const PlatformSchema = z.enum(['vast', 'ionet', 'salad', 'clore']);
export type Platform = z.infer<typeof PlatformSchema>;
export const PLATFORMS: readonly Platform[] = PlatformSchema.options;

export const platformLabel: Record<Platform, string> = { vast: 'Vast.ai', ionet: 'io.net', salad: 'Salad', clore: 'Clore.ai' };

const base = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  platform: PlatformSchema,
  /** The page the rule was read from. */
  source: SourceSchema,
  /** When RigShift's copy was read (YYYY-MM). */
  readOn: z.string().regex(/^\d{4}-\d{2}$/),
  /** published: the platform states it; inferred: RigShift reads it from what the platform states (see note). */
  basis: z.enum(['published', 'inferred']),
  /** A failed non-blocking rule is shown but does not stop listing (e.g. a rating factor, a verification step). */
  blocking: z.boolean(),
  note: z.string().max(400).optional(),
};

const VendorSchema = z.enum(['nvidia', 'amd', 'intel', 'apple', 'other']);

/** GPU accepted if (vendor listed, compute capability ≥ min, name matches when a pattern is given) or its name matches an extra pattern. */
const GpuAllowedSchema = z.object({
  ...base,
  kind: z.literal('gpu-allowed'),
  vendors: z.array(VendorSchema),
  nvidiaMinComputeCapability: z.number().positive().nullable(),
  /** Case-insensitive regular expression the model name must match, or null. */
  namePattern: z.string().max(200).nullable(),
  /** Further models accepted by name (case-insensitive regular expressions), e.g. the few AMD cards Vast.ai takes. */
  extraModelPatterns: z.array(z.string().max(200)).max(40),
  /** Applies only on these operating systems (io.net's Windows rule); null = always. */
  whenOs: z.array(OsNameSchema).nullable(),
  /** Code of the sentence saying which GPUs are accepted (audit-text.ts). */
  allowedCode: z.enum(['audit-allow-vast', 'audit-allow-ionet-windows', 'audit-allow-salad', 'audit-allow-clore']),
});

export const AuditRuleSchema = z.discriminatedUnion('kind', [
  GpuAllowedSchema,
  z.object({ ...base, kind: z.literal('vram'), minGiB: z.number().nonnegative() }),
  z.object({ ...base, kind: z.literal('ram-per-gpu'), minGiBPerGpu: z.number().nonnegative() }),
  z.object({ ...base, kind: z.literal('ram-total'), minGiB: z.number().nonnegative() }),
  z.object({ ...base, kind: z.literal('cores-per-gpu'), minCoresPerGpu: z.number().nonnegative() }),
  z.object({ ...base, kind: z.literal('avx') }),
  z.object({ ...base, kind: z.literal('ssd-per-gpu'), minGBPerGpu: z.number().nonnegative() }),
  z.object({ ...base, kind: z.literal('ssd-total'), minGB: z.number().nonnegative() }),
  /** Lanes needed = ceil(TFLOPS × lanesPerTflops), capped at maxLanes (no slot is wider than x16). */
  z.object({ ...base, kind: z.literal('pcie-lanes-per-tflops'), lanesPerTflops: z.number().positive(), maxLanes: z.number().int().min(1).max(16) }),
  z.object({ ...base, kind: z.literal('os'), allowedOs: z.array(OsNameSchema).min(1) }),
  z.object({ ...base, kind: z.literal('same-type') }),
  z.object({ ...base, kind: z.literal('uplink'), direction: z.enum(['down', 'up']), minMbps: z.number().nonnegative() }),
  /** Both directions ≥ mbpsPerGiB × the machine's total VRAM, clamped to [floorMbps, ceilingMbps]. */
  z.object({ ...base, kind: z.literal('line-per-vram'), mbpsPerGiB: z.number().positive(), floorMbps: z.number().nonnegative(), ceilingMbps: z.number().nonnegative() }),
  z.object({ ...base, kind: z.literal('uptime'), minPercent: z.number().min(0).max(100) }),
]);
export type AuditRule = z.infer<typeof AuditRuleSchema>;
export type RuleKind = AuditRule['kind'];
export type RuleOf<K extends RuleKind> = Extract<AuditRule, { kind: K }>;
