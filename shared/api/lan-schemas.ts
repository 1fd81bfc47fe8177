import { z } from 'zod';
import { LanDeviceSchema } from '../lan/lan-device';
import { MAX_TARGET_SPECS } from '../lan/targets';

export const LanTargetsSchema = z.array(z.string().min(1).max(64)).max(MAX_TARGET_SPECS);

export const PlanLanScanInputSchema = z.object({ targets: LanTargetsSchema.default([]) }).strict();

export const LanPlanSchema = z.object({
  /** What will be scanned: the given targets, or this host's private subnets when none were given. */
  targets: z.array(z.string()),
  total: z.number().int().nonnegative(),
  publicSpecs: z.array(z.string()),
  large: z.boolean(),
  errors: z.array(z.string()),
});
export type LanPlan = z.infer<typeof LanPlanSchema>;

export const ScanLanInputSchema = z
  .object({
    targets: LanTargetsSchema.default([]),
    /** The user confirmed scanning public addresses. */
    confirmPublic: z.boolean().default(false),
    /** The user confirmed scanning more than a /22. */
    confirmLarge: z.boolean().default(false),
    connectTimeoutMs: z.number().int().min(100).max(10_000).default(1000),
    /** Hosts probed at once; default: every address at once as far as the open-file limit allows (fd-budget.ts). */
    concurrency: z.number().int().min(1).max(4096).optional(),
  })
  .strict();

export const LanScanProgressSchema = z.object({
  probed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  found: z.number().int().nonnegative(),
  device: LanDeviceSchema.optional(),
});
export type LanScanProgress = z.infer<typeof LanScanProgressSchema>;
