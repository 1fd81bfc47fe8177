import { auditMessage } from './audit-text';
import { fasterLine, raiseUptime } from './fixes';
import type { EffectiveRule } from './overrides';
import type { AuditUserInputs } from './rig';
import { ruleResult, shown, statusOf, type RuleResult } from './rule-result';
import type { RuleOf } from './rule-schema';

type Rule<K extends EffectiveRule['kind']> = RuleOf<K> & { edited: boolean };

/** The line's speed as the user entered it (RigShift cannot measure a marketplace's view of it). */
export function checkLine(inputs: AuditUserInputs, rule: Rule<'uplink'>): RuleResult {
  const have = rule.direction === 'down' ? inputs.downlinkMbps : inputs.uplinkMbps;
  const message = auditMessage(rule.direction === 'down' ? 'audit-downlink' : 'audit-uplink', { measured: shown(have), required: rule.minMbps });
  return ruleResult({ rule, status: statusOf(have, rule.minMbps), measured: have, required: rule.minMbps, unit: 'Mbps', message, fixable: true, fix: () => fasterLine(rule.direction, rule.minMbps) });
}

export function checkUptime(inputs: AuditUserInputs, rule: Rule<'uptime'>): RuleResult {
  const have = inputs.uptimePercent;
  const message = auditMessage('audit-uptime', { measured: shown(have), required: rule.minPercent });
  return ruleResult({ rule, status: statusOf(have, rule.minPercent), measured: have, required: rule.minPercent, unit: '%', message, fixable: true, fix: () => raiseUptime(rule.minPercent) });
}
