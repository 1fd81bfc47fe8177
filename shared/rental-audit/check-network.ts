import { auditMessage } from './audit-text';
import { fasterBothWays, fasterLine, raiseUptime } from './fixes';
import { lineForVram } from './measure';
import type { EffectiveRule } from './overrides';
import type { AuditRig, AuditUserInputs } from './rig';
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

/** The slower direction against a speed that grows with the machine's VRAM (unknown while any VRAM is unknown). */
export function checkLineForVram(rig: AuditRig, inputs: AuditUserInputs, rule: Rule<'line-per-vram'>): RuleResult {
  const vramKnown = rig.gpus.every((g) => g.vramGiB !== null);
  const vram = rig.gpus.reduce((sum, g) => sum + (g.vramGiB ?? 0) * g.count, 0);
  const required = lineForVram(vram, rule.mbpsPerGiB, rule.floorMbps, rule.ceilingMbps);
  const have = inputs.downlinkMbps === null || inputs.uplinkMbps === null ? null : Math.min(inputs.downlinkMbps, inputs.uplinkMbps);
  const message = auditMessage('audit-line-per-vram', { measured: shown(have), perGiB: rule.mbpsPerGiB, required, vram: vramKnown ? vram : '?', floor: rule.floorMbps, ceiling: rule.ceilingMbps });
  const status = vramKnown ? statusOf(have, required) : 'unknown';
  return ruleResult({ rule, status, measured: have, required, unit: 'Mbps', message, fixable: true, fix: () => fasterBothWays(required) });
}
