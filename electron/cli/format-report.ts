import type { DeviceReport, JudgeReport } from '../../shared/judge/report';
import { assumptionText, sig2, speedText } from '../../shared/judge/speed-text';
import { vramBalance } from '../../shared/judge/vram-balance';
import type { Verdict, WorkloadResult } from '../../shared/judge/verdict';
import { sanitiseText } from '../../shared/text/sanitise';
import { measuredLines } from './format-measured';

const MARK: Record<Verdict, string> = { yes: '✔ yes    ', limited: '◐ limited', no: '✘ no     ' };

const headroomText = (b: ReturnType<typeof vramBalance>): string => (b.over ? `${sig2(b.gb)} GB more than the VRAM` : `headroom ${b.gb} GB`);

const headline = (w: WorkloadResult): string => {
  const e = w.estimates;
  const parts = [
    speedText(e),
    e.promptTokensPerSecond !== undefined ? `pp ${e.promptTokensPerSecond} tok/s` : null,
    e.decodeAtContextTokensPerSecond !== undefined ? `≈ ${sig2(e.decodeAtContextTokensPerSecond)} tok/s with ${e.contextTokens} tokens in context` : null,
    e.timeToFirstTokenSeconds !== undefined ? `first token ${e.timeToFirstTokenSeconds} s for a ${e.promptTokens}-token prompt` : null,
    e.loadTimeSeconds !== undefined ? `load ${e.loadTimeSeconds} s` : null,
    e.vramHeadroomGB !== undefined ? headroomText(vramBalance(e.vramHeadroomGB)) : null,
    e.rescaled ? e.rescaled.basis : null,
  ].filter(Boolean);
  return parts.join(', ');
};

function describeDevice(report: DeviceReport): string {
  const d = report.device;
  if (d.kind === 'asic') return `${d.count > 1 ? `${d.count}× ` : ''}${sanitiseText(d.rawName)} (ASIC)`;
  const link = d.pcie.widthCurrent ? `PCIe Gen${d.pcie.genMax ?? d.pcie.genCurrent ?? '?'} x${d.pcie.widthCurrent}` : 'PCIe unknown';
  const vram = d.vramMiB !== null ? `${Math.round((d.vramMiB / 1024) * 10) / 10} GB` : 'VRAM unknown';
  const match = d.match.level === 'unrecognised' ? 'unrecognised' : `${d.match.level}: ${d.match.name ?? ''}`;
  return `${d.count > 1 ? `${d.count}× ` : ''}${sanitiseText(d.rawName)} [${match}] · ${vram} · ${link}${d.busId ? ` · ${d.busId}` : ''}`;
}

function workloadLines(workloads: WorkloadResult[], verbose: boolean): string[] {
  return workloads.map((w) => {
    const basis = verbose && w.estimates.speedBasis ? [`Speed ${assumptionText(w.estimates.speedBasis)}`] : [];
    const reasons = verbose ? [...w.reasons, ...basis].map((r) => `\n        ${sanitiseText(r)}`).join('') : ` — ${sanitiseText(w.reasons[0] ?? '')}`;
    const figures = headline(w);
    return `    ${MARK[w.verdict]}  ${w.label}${figures ? ` (${figures})` : ''}${reasons}`;
  });
}

/** Cards with the same model, VRAM and link share one verdict block, so a 13-GPU rig stays readable. */
function groups(devices: DeviceReport[]): DeviceReport[][] {
  const byKey = new Map<string, DeviceReport[]>();
  for (const report of devices) {
    const d = report.device;
    const key = d.kind === 'asic' ? d.id : `${d.match.id ?? d.rawName}|${d.vramMiB}|${d.pcie.widthCurrent}|${d.pcie.genMax ?? d.pcie.genCurrent}|${JSON.stringify(report.workloads.map((w) => w.verdict))}|${JSON.stringify(report.measured ?? [])}`;
    byKey.set(key, [...(byKey.get(key) ?? []), report]);
  }
  return [...byKey.values()];
}

export function formatReport(report: JudgeReport, verbose: boolean): string {
  const h = report.host;
  const lines: string[] = [];
  const host = [h.cpu.brand, h.ramGB !== null ? `${h.ramGB} GB RAM` : null, h.disk.totalGB !== null ? `${h.disk.totalGB} GB disk (${h.disk.freeGB ?? '?'} GB free)` : null, [h.os.distro, h.os.release].filter(Boolean).join(' ') || null]
    .filter(Boolean)
    .map((part) => sanitiseText(String(part)));
  lines.push(`Host: ${host.join(' · ') || 'unknown'}`);
  if (report.cpuMeasured?.length) lines.push('CPU (llama.cpp on this machine\'s CPU):', ...measuredLines(report.cpuMeasured, '    '));
  if (report.devices.length === 0) lines.push('', 'No GPU found. Add hardware by hand in the app, or judge catalogue hardware: rigshift judge --gpu "RTX 3090"');
  groups(report.devices).forEach((group) => {
    const [first] = group;
    if (!first) return;
    lines.push('', group.length > 1 ? `${group.length}× ${describeDevice(first)}` : describeDevice(first));
    for (const report of group) for (const warning of report.device.warnings) lines.push(`    ! ${sanitiseText(warning)}${group.length > 1 ? ` (${report.device.kind === 'gpu' ? report.device.busId : ''})` : ''}`);
    lines.push(...measuredLines(first.measured, '    '));
    lines.push(...workloadLines(first.workloads, verbose));
    if (first.powerBudget) lines.push(`    Power budget ${first.powerBudget.watts} W ≈ ${first.powerBudget.equivalents.map((e) => `${e.count}× ${e.name}`).join(' or ')} (15 % kept for hosts, fans, PSU losses)`);
  });
  if (report.rig.pooled.length > 0) {
    lines.push('', `Whole rig: ${report.rig.gpus} GPUs, ${report.rig.totalVramGB} GB VRAM pooled by layer split`);
    lines.push(...workloadLines(report.rig.pooled, verbose));
  }
  for (const warning of report.warnings) lines.push(`! ${sanitiseText(warning)}`);
  return lines.join('\n');
}
