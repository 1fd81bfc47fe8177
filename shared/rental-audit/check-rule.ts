import { checkGpuAllowed, checkLanes, checkSameType, checkVram } from './check-gpus';
import { checkAvx, checkCores, checkOs, checkRamPerGpu, checkRamTotal, checkSsdPerGpu, checkSsdTotal } from './check-host';
import { checkLine, checkLineForVram, checkUptime } from './check-network';
import type { EffectiveRule } from './overrides';
import type { AuditRig, AuditUserInputs } from './rig';
import type { RuleResult } from './rule-result';

/** One rule against one rig; null when the rule does not apply to it. */
export function checkRule(rig: AuditRig, inputs: AuditUserInputs, rule: EffectiveRule): RuleResult | null {
  switch (rule.kind) {
    case 'gpu-allowed': return checkGpuAllowed(rig, rule);
    case 'vram': return checkVram(rig, rule);
    case 'same-type': return checkSameType(rig, rule);
    case 'pcie-lanes-per-tflops': return checkLanes(rig, rule);
    case 'ram-per-gpu': return checkRamPerGpu(rig, rule);
    case 'ram-total': return checkRamTotal(rig, rule);
    case 'ssd-per-gpu': return checkSsdPerGpu(rig, rule);
    case 'ssd-total': return checkSsdTotal(rig, rule);
    case 'cores-per-gpu': return checkCores(rig, rule);
    case 'avx': return checkAvx(rig, rule);
    case 'os': return checkOs(rig, rule);
    case 'uplink': return checkLine(inputs, rule);
    case 'line-per-vram': return checkLineForVram(rig, inputs, rule);
    case 'uptime': return checkUptime(inputs, rule);
  }
}
