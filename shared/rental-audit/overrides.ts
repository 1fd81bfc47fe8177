import { z } from 'zod';
import { OsNameSchema } from './rig';
import type { AuditRule } from './rule-schema';

/** The user's edit of one rule: switch it off, change its one number, its accepted OS list or extra GPU models. */
export const RuleOverrideSchema = z.object({
  enabled: z.boolean().optional(),
  /** Replaces the rule's threshold, in the rule's own unit (see thresholdOf). */
  threshold: z.number().finite().nonnegative().max(1_000_000).optional(),
  allowedOs: z.array(OsNameSchema).min(1).optional(),
  extraModelPatterns: z.array(z.string().max(200).refine(isRegex, 'not a valid regular expression')).max(40).optional(),
}).strict();
export type RuleOverride = z.infer<typeof RuleOverrideSchema>;

/** What the settings file stores: rule id → edit. */
export const RuleOverridesSchema = z.record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), RuleOverrideSchema);
export type RuleOverrides = z.infer<typeof RuleOverridesSchema>;

function isRegex(pattern: string): boolean {
  try {
    new RegExp(pattern, 'i');
    return true;
  } catch {
    return false;
  }
}

/** A rule as audited: the shipped rule with the user's edits, and whether it was edited (the source then no longer vouches for it). */
export type EffectiveRule = AuditRule & { edited: boolean };

/** The rule's one number and its unit, or null for rules without one (avx, os, same-type, gpu-allowed). */
export function thresholdOf(rule: AuditRule): number | null {
  switch (rule.kind) {
    case 'vram': case 'ram-total': return rule.minGiB;
    case 'ram-per-gpu': return rule.minGiBPerGpu;
    case 'cores-per-gpu': return rule.minCoresPerGpu;
    case 'ssd-per-gpu': return rule.minGBPerGpu;
    case 'ssd-total': return rule.minGB;
    case 'pcie-lanes-per-tflops': return rule.lanesPerTflops;
    case 'uplink': return rule.minMbps;
    case 'uptime': return rule.minPercent;
    case 'line-per-vram': return rule.mbpsPerGiB;
    default: return null;
  }
}

function withThreshold(rule: AuditRule, t: number): AuditRule {
  switch (rule.kind) {
    case 'vram': case 'ram-total': return { ...rule, minGiB: t };
    case 'ram-per-gpu': return { ...rule, minGiBPerGpu: t };
    case 'cores-per-gpu': return { ...rule, minCoresPerGpu: t };
    case 'ssd-per-gpu': return { ...rule, minGBPerGpu: t };
    case 'ssd-total': return { ...rule, minGB: t };
    case 'pcie-lanes-per-tflops': return t > 0 ? { ...rule, lanesPerTflops: t } : rule;
    case 'uplink': return { ...rule, minMbps: t };
    case 'uptime': return { ...rule, minPercent: Math.min(100, t) };
    case 'line-per-vram': return t > 0 ? { ...rule, mbpsPerGiB: t } : rule;
    default: return rule;
  }
}

function applyOne(rule: AuditRule, o: RuleOverride): AuditRule {
  let next = o.threshold === undefined ? rule : withThreshold(rule, o.threshold);
  if (o.allowedOs && next.kind === 'os') next = { ...next, allowedOs: o.allowedOs };
  if (o.extraModelPatterns && next.kind === 'gpu-allowed') next = { ...next, extraModelPatterns: o.extraModelPatterns };
  return next;
}

/** Shipped rules merged with the user's edits; switched-off rules are dropped; ids the defaults lack are ignored. */
export function mergeRules(defaults: readonly AuditRule[], overrides: RuleOverrides = {}): EffectiveRule[] {
  return defaults.flatMap((rule) => {
    const o = overrides[rule.id];
    if (!o) return [{ ...rule, edited: false }];
    if (o.enabled === false) return [];
    const next = applyOne(rule, o);
    return [{ ...next, edited: JSON.stringify(next) !== JSON.stringify(rule) }];
  });
}
