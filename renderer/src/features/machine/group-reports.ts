import type { DeviceReport } from '../../../../shared/judge/report';

/** Identical cards (same model, VRAM, link and verdicts) are shown once with a count, as on a mining rig. */
export function groupReports(reports: DeviceReport[]): DeviceReport[][] {
  const groups = new Map<string, DeviceReport[]>();
  for (const report of reports) {
    const d = report.device;
    const key =
      d.kind === 'asic'
        ? d.id
        : [d.match.id ?? d.rawName, d.vramMiB, d.pcie.widthCurrent, d.pcie.genMax ?? d.pcie.genCurrent, report.workloads.map((w) => w.verdict).join(''), JSON.stringify(report.measured ?? [])].join('|');
    groups.set(key, [...(groups.get(key) ?? []), report]);
  }
  return [...groups.values()];
}
