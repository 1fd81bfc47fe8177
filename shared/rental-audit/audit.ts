import { auditMessage, type AuditMessage } from './audit-text';
import { checkRule } from './check-rule';
import type { CostRange, Fix } from './fixes';
import type { EffectiveRule } from './overrides';
import { largestByKey, platformAudit, type PlatformAudit } from './platform-verdict';
import type { AuditRig, AuditUserInputs } from './rig';
import { PLATFORMS, platformLabel, type Platform } from './rule-schema';

/** A rig's rental readiness: every platform's rules, what to fix, and which platforms remain. */
export interface RigAudit {
  rigId: string;
  rigName: string;
  platforms: PlatformAudit[];
  /** Platforms it passes now or after fixes (not those it fails for good). */
  remaining: Platform[];
  /** Every fix a remaining platform needs, one per key (the largest amount): the list the user ticks. */
  fixes: Fix[];
  message: AuditMessage;
}

export const remainMessage = (platforms: readonly Platform[]): AuditMessage =>
  platforms.length === 0 ? auditMessage('audit-remain-none') : auditMessage('audit-remain', { platforms: platforms.map((p) => platformLabel[p]).join(', ') });

/** Checks one rig against the rules (mergeRules(defaultAuditRules, overrides)); platforms with no rules are left out. */
export function audit(rig: AuditRig, inputs: AuditUserInputs, rules: readonly EffectiveRule[]): RigAudit {
  const platforms = PLATFORMS.filter((p) => rules.some((r) => r.platform === p)).map((p) =>
    platformAudit(p, rules.filter((r) => r.platform === p).flatMap((r) => checkRule(rig, inputs, r) ?? [])),
  );
  const remaining = platforms.filter((p) => p.verdict !== 'fails').map((p) => p.platform);
  const fixes = largestByKey(platforms.flatMap((p) => p.fixes));
  return { rigId: rig.id, rigName: rig.name, platforms, remaining, fixes, message: remainMessage(remaining) };
}

/** The sum of several fixes' rough cost ranges (all assumptions); fixes without a price are counted in `unpriced`. */
export interface CostTotal {
  lowUsd: number;
  highUsd: number;
  basis: 'assumption';
  unpriced: number;
}

export function totalCost(fixes: readonly Fix[]): CostTotal {
  const priced = fixes.flatMap((f) => (f.cost ? [f.cost] : []));
  const sum = (pick: (c: CostRange) => number): number => priced.reduce((s, c) => s + pick(c), 0);
  return { lowUsd: sum((c) => c.lowUsd), highUsd: sum((c) => c.highUsd), basis: 'assumption', unpriced: fixes.length - priced.length };
}
