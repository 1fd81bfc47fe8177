import { auditMessage, type AuditMessage } from './audit-text';
import type { Fix } from './fixes';
import type { RuleResult } from './rule-result';
import { platformLabel, type Platform } from './rule-schema';

export type PlatformVerdict = 'passes' | 'passes-after-fixes' | 'fails';

/** One platform's audit of one rig. */
export interface PlatformAudit {
  platform: Platform;
  verdict: PlatformVerdict;
  results: RuleResult[];
  /** What to change for this platform (one per key; empty when it passes or fails for good). */
  fixes: Fix[];
  /** Blocking rules RigShift could not check (not detected, not entered): a "passes" is only as good as these. */
  unknownRuleIds: string[];
  message: AuditMessage;
}

/** Fixes by key, the largest amount of each (adding 8 GiB of RAM also covers a platform that needs 4). */
export function largestByKey(fixes: readonly Fix[]): Fix[] {
  const byKey = new Map<string, Fix>();
  for (const fix of fixes) {
    const held = byKey.get(fix.key);
    if (!held || fix.amount > held.amount) byKey.set(fix.key, fix);
  }
  return [...byKey.values()];
}

/** Fails if a blocking rule fails and no change fixes it; passes after fixes if every blocking failure has a fix. */
export function platformAudit(platform: Platform, results: RuleResult[]): PlatformAudit {
  const blocking = results.filter((r) => r.rule.blocking);
  const failed = blocking.filter((r) => r.status === 'fail');
  const verdict: PlatformVerdict = failed.length === 0 ? 'passes' : failed.every((r) => r.fix !== null) ? 'passes-after-fixes' : 'fails';
  const fixes = verdict === 'passes-after-fixes' ? largestByKey(failed.flatMap((r) => (r.fix ? [r.fix] : []))) : [];
  const name = platformLabel[platform];
  const message = verdict === 'passes-after-fixes' ? auditMessage('audit-passes-after-fixes', { platform: name, count: fixes.length }) : auditMessage(verdict === 'passes' ? 'audit-passes' : 'audit-fails', { platform: name });
  return { platform, verdict, results, fixes, unknownRuleIds: blocking.filter((r) => r.status === 'unknown').map((r) => r.rule.id), message };
}
