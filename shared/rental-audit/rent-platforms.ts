import { remainMessage } from './audit';
import type { RigAudit } from './audit';
import type { AuditMessage } from './audit-text';
import type { Platform } from './rule-schema';

/** Which platforms Rent may count for a rig, given the fixes the user ticked (fix keys from RigAudit.fixes). */
export interface RentEligibility {
  counted: Platform[];
  /** Platforms left out, and why: failed for good, or fixes not ticked (their keys). */
  excluded: Array<{ platform: Platform; why: 'fails' | 'fixes-not-ticked'; missingFixKeys: string[] }>;
  /** Counted platforms with blocking rules still unknown: Rent counts them, the interface should say "if". */
  unchecked: Array<{ platform: Platform; ruleIds: string[] }>;
  message: AuditMessage;
}

/** "Rent counts only platforms the rig passes, or would after fixes the user ticks" (issue #20). */
export function rentPlatforms(rigAudit: RigAudit, tickedFixKeys: readonly string[]): RentEligibility {
  const ticked = new Set(tickedFixKeys);
  const counted: Platform[] = [];
  const excluded: RentEligibility['excluded'] = [];
  for (const p of rigAudit.platforms) {
    const missing = p.fixes.map((f) => f.key).filter((k) => !ticked.has(k));
    if (p.verdict === 'fails') excluded.push({ platform: p.platform, why: 'fails', missingFixKeys: [] });
    else if (missing.length > 0) excluded.push({ platform: p.platform, why: 'fixes-not-ticked', missingFixKeys: missing });
    else counted.push(p.platform);
  }
  const unchecked = rigAudit.platforms.filter((p) => counted.includes(p.platform) && p.unknownRuleIds.length > 0).map((p) => ({ platform: p.platform, ruleIds: p.unknownRuleIds }));
  return { counted, excluded, unchecked, message: remainMessage(counted) };
}
