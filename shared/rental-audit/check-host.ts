import { auditMessage } from './audit-text';
import { addRam, addSsd, installOs, osDisplayName, replaceCpu } from './fixes';
import { forGpus, shortfall } from './measure';
import type { EffectiveRule } from './overrides';
import { gpuCountOf, type AuditRig } from './rig';
import { ruleResult, shown, statusOf, type RuleResult } from './rule-result';
import type { RuleOf } from './rule-schema';

type Rule<K extends EffectiveRule['kind']> = RuleOf<K> & { edited: boolean };

/** RAM against a total; per-GPU rules pass their total for the machine. */
function checkRam(rig: AuditRig, rule: EffectiveRule, required: number, message: ReturnType<typeof auditMessage>): RuleResult {
  const have = rig.ramGiB;
  return ruleResult({ rule, status: statusOf(have, required), measured: have, required, unit: 'GiB', message, fixable: true, fix: () => addRam(shortfall(required, have ?? 0), required) });
}

export function checkRamPerGpu(rig: AuditRig, rule: Rule<'ram-per-gpu'>): RuleResult {
  const gpus = gpuCountOf(rig);
  const required = forGpus(rule.minGiBPerGpu, gpus);
  return checkRam(rig, rule, required, auditMessage('audit-ram-per-gpu', { measured: shown(rig.ramGiB), perGpu: rule.minGiBPerGpu, required, gpus }));
}

export const checkRamTotal = (rig: AuditRig, rule: Rule<'ram-total'>): RuleResult =>
  checkRam(rig, rule, rule.minGiB, auditMessage('audit-ram-total', { measured: shown(rig.ramGiB), required: rule.minGiB }));

function checkSsd(rig: AuditRig, rule: EffectiveRule, required: number, message: ReturnType<typeof auditMessage>): RuleResult {
  const have = rig.freeSsdGB;
  return ruleResult({ rule, status: statusOf(have, required), measured: have, required, unit: 'GB', message, fixable: true, fix: () => addSsd(shortfall(required, have ?? 0), required) });
}

export function checkSsdPerGpu(rig: AuditRig, rule: Rule<'ssd-per-gpu'>): RuleResult {
  const gpus = gpuCountOf(rig);
  const required = forGpus(rule.minGBPerGpu, gpus);
  return checkSsd(rig, rule, required, auditMessage('audit-ssd-per-gpu', { measured: shown(rig.freeSsdGB), perGpu: rule.minGBPerGpu, required, gpus }));
}

export const checkSsdTotal = (rig: AuditRig, rule: Rule<'ssd-total'>): RuleResult =>
  checkSsd(rig, rule, rule.minGB, auditMessage('audit-ssd-total', { measured: shown(rig.freeSsdGB), required: rule.minGB }));

export function checkCores(rig: AuditRig, rule: Rule<'cores-per-gpu'>): RuleResult {
  const gpus = gpuCountOf(rig);
  const required = Math.ceil(forGpus(rule.minCoresPerGpu, gpus));
  const message = auditMessage('audit-cores-per-gpu', { measured: shown(rig.cpuCores), perGpu: rule.minCoresPerGpu, required, gpus });
  return ruleResult({ rule, status: statusOf(rig.cpuCores, required), measured: rig.cpuCores, required, unit: 'cores', message, fixable: true, fix: () => replaceCpu(required) });
}

export function checkAvx(rig: AuditRig, rule: Rule<'avx'>): RuleResult {
  const measured = rig.avx === null ? null : rig.avx ? 'yes' : 'no';
  const status = rig.avx === null ? 'unknown' : rig.avx ? 'pass' : 'fail';
  return ruleResult({ rule, status, measured, required: 'yes', unit: 'avx', message: auditMessage('audit-avx', { measured: rig.avx === null ? '?' : rig.avx ? '✓' : '✗' }), fixable: true, fix: () => replaceCpu(Math.max(1, rig.cpuCores ?? 1)) });
}

export function checkOs(rig: AuditRig, rule: Rule<'os'>): RuleResult {
  const required = rule.allowedOs.map((os) => osDisplayName[os]).join(', ');
  const status = rig.os === null ? 'unknown' : rule.allowedOs.includes(rig.os) ? 'pass' : 'fail';
  const measured = rig.os === null ? null : osDisplayName[rig.os];
  const first = rule.allowedOs[0] ?? 'ubuntu';
  return ruleResult({ rule, status, measured, required, unit: 'os', message: auditMessage('audit-os', { measured: shown(measured), required }), fixable: true, fix: () => installOs(first) });
}
