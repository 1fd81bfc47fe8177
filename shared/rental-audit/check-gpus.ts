import { auditMessage } from './audit-text';
import { pcieSlots, splitMachines } from './fixes';
import { ccValue, lanesNeeded, matchesName, slotWidthFor } from './measure';
import type { RuleOf } from './rule-schema';
import type { AuditGpu, AuditRig } from './rig';
import { ruleResult, shown, statusOf, type RuleResult, type RuleStatus } from './rule-result';
import type { EffectiveRule } from './overrides';

type Rule<K extends EffectiveRule['kind']> = RuleOf<K> & { edited: boolean };

/** true/false, or null when the card's vendor or compute capability is unknown. */
function allowed(g: AuditGpu, rule: Rule<'gpu-allowed'>): boolean | null {
  if (rule.extraModelPatterns.some((p) => matchesName(p, g.name))) return true;
  if (g.vendor === 'other') return null;
  if (!rule.vendors.includes(g.vendor)) return false;
  if (rule.namePattern !== null && !matchesName(rule.namePattern, g.name)) return false;
  if (rule.nvidiaMinComputeCapability === null || g.vendor !== 'nvidia') return true;
  return g.computeCapability === null ? null : ccValue(g.computeCapability) >= rule.nvidiaMinComputeCapability;
}

const worst = (statuses: RuleStatus[]): RuleStatus => (statuses.includes('fail') ? 'fail' : statuses.includes('unknown') ? 'unknown' : 'pass');
const names = (gpus: AuditGpu[]): string => gpus.map((g) => `${g.count}× ${g.name}`).join(', ');

/** Null when the rule does not apply to this rig's OS (io.net's Windows-only rule on Linux). */
export function checkGpuAllowed(rig: AuditRig, rule: Rule<'gpu-allowed'>): RuleResult | null {
  const osUnknown = rule.whenOs !== null && rig.os === null;
  if (rule.whenOs !== null && rig.os !== null && !rule.whenOs.includes(rig.os)) return null;
  const verdicts = rig.gpus.map((g) => allowed(g, rule));
  const status = worst(verdicts.map((v) => (v === null ? 'unknown' : v ? 'pass' : 'fail')));
  const finalStatus = osUnknown && status === 'fail' ? 'unknown' : status;
  const refused = rig.gpus.filter((_, i) => verdicts[i] === false);
  const gpus = names(refused.length > 0 ? refused : rig.gpus);
  const message = auditMessage('audit-gpu-allowed', { gpus }, [auditMessage(rule.allowedCode)]);
  return ruleResult({ rule, status: finalStatus, measured: gpus, required: rule.allowedCode, unit: 'gpu', message, fixable: false, fix: () => null });
}

export function checkVram(rig: AuditRig, rule: Rule<'vram'>): RuleResult {
  const known = rig.gpus.every((g) => g.vramGiB !== null);
  const smallest = known && rig.gpus.length > 0 ? Math.min(...rig.gpus.map((g) => g.vramGiB ?? 0)) : null;
  const message = auditMessage('audit-vram', { measured: shown(smallest), required: rule.minGiB });
  return ruleResult({ rule, status: statusOf(smallest, rule.minGiB), measured: smallest, required: rule.minGiB, unit: 'GiB', message, fixable: false, fix: () => null });
}

export function checkSameType(rig: AuditRig, rule: Rule<'same-type'>): RuleResult {
  const models = new Set(rig.gpus.map((g) => g.modelId ?? g.name.trim().toLowerCase())).size;
  const message = auditMessage('audit-same-type', { measured: models });
  return ruleResult({ rule, status: models <= 1 ? 'pass' : 'fail', measured: models, required: 1, unit: 'models', message, fixable: true, fix: () => splitMachines(models) });
}

export function checkLanes(rig: AuditRig, rule: Rule<'pcie-lanes-per-tflops'>): RuleResult {
  const per = rig.gpus.map((g) => ({ g, need: g.fp32Tflops === null ? null : lanesNeeded(g.fp32Tflops, rule.lanesPerTflops, rule.maxLanes) }));
  const statuses = per.map(({ g, need }) => (need === null ? 'unknown' : statusOf(g.pcieWidth, need)));
  const status = worst(statuses);
  const short = per.filter((_, i) => statuses[i] === 'fail');
  const shownSet = short.length > 0 ? short : per;
  const worstNeed = shownSet.reduce((a, b) => ((b.need ?? 0) > (a?.need ?? 0) ? b : a), shownSet[0]);
  const widths = shownSet.map(({ g }) => g.pcieWidth);
  const width = widths.includes(null) || widths.length === 0 ? null : Math.min(...(widths as number[]));
  const required = worstNeed?.need ?? '?';
  const message = auditMessage('audit-pcie-lanes', {
    measured: shown(width), required, tflopsPerLane: Math.round((1 / rule.lanesPerTflops) * 100) / 100, gpu: worstNeed?.g.name ?? '?', tflops: shown(worstNeed?.g.fp32Tflops ?? null),
  });
  const gpus = short.reduce((sum, s) => sum + s.g.count, 0);
  return ruleResult({ rule, status, measured: width, required, unit: 'lanes', message, fixable: true, fix: () => pcieSlots(width ?? 1, slotWidthFor(Number(required)), gpus) });
}
