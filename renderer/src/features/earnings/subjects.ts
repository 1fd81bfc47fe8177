import { asicById } from '../../../../shared/catalogue/asic-catalogue';
import { gpuById } from '../../../../shared/catalogue/gpu-catalogue';
import { matchGpu } from '../../../../shared/catalogue/match-gpu';
import type { ManualDevice } from '../../../../shared/api/schemas';
import type { Hardware } from '../../../../shared/earnings/hardware-plan';
import type { RentalEligibility } from '../../../../shared/earnings/project-hardware';
import type { JudgeReport } from '../../../../shared/judge/report';
import type { LanDevice } from '../../../../shared/lan/lan-device';

export interface SubjectItem {
  hardware: Hardware;
  eligibility?: RentalEligibility;
}

/** Something to project: one device, one rig, or the whole inventory. */
export interface Subject {
  id: string;
  label: string;
  items: SubjectItem[];
}

/** Groups GPUs by catalogue model ("6× RTX 3070"); unrecognised cards cannot be projected and are left out. */
function gpuItems(ids: Array<string | null>, eligibility?: RentalEligibility): SubjectItem[] {
  const counts = new Map<string, number>();
  for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].flatMap(([id, count]) => {
    const spec = gpuById(id);
    return spec ? [{ hardware: { kind: 'gpu' as const, spec, count }, eligibility }] : [];
  });
}

export function subjectsFrom(report: JudgeReport | null, lan: LanDevice[], manual: ManualDevice[]): Subject[] {
  const subjects: Subject[] = [];
  if (report && report.devices.length > 0) {
    const rental = report.devices.flatMap((d) => d.workloads.filter((w) => w.id === 'rental-marketplace'))[0];
    const items = gpuItems(
      report.devices.flatMap((d) => (d.device.kind === 'gpu' && !d.integrated ? Array.from({ length: d.device.count }, () => (d.device.match.level === 'family' ? null : d.device.match.id)) : [])),
      rental ? { verdict: rental.verdict, reasons: rental.reasons } : undefined,
    );
    if (items.length) subjects.push({ id: 'local', label: 'This machine', items });
  }
  for (const d of lan) {
    const items =
      d.kind === 'asic'
        ? (() => {
            const spec = d.catalogueId ? asicById(d.catalogueId) : undefined;
            return spec ? [{ hardware: { kind: 'asic' as const, spec, count: 1 } }] : [];
          })()
        : gpuItems(d.gpus.map((g) => matchGpu({ rawName: g.name }).id));
    if (items.length) subjects.push({ id: `lan-${d.ip}`, label: `${d.ip} · ${d.model ?? d.make ?? 'miner'}`, items });
  }
  for (const m of manual) {
    const spec = m.kind === 'asic' ? asicById(m.catalogueId) : gpuById(m.catalogueId);
    if (!spec) continue;
    const hardware: Hardware = m.kind === 'asic' ? { kind: 'asic', spec: spec as Extract<Hardware, { kind: 'asic' }>['spec'], count: m.count } : { kind: 'gpu', spec: spec as Extract<Hardware, { kind: 'gpu' }>['spec'], count: m.count };
    subjects.push({ id: m.id, label: `${m.count}× ${spec.name} (added by hand)`, items: [{ hardware }] });
  }
  if (subjects.length > 1) subjects.unshift({ id: 'all', label: 'Whole inventory', items: subjects.flatMap((s) => s.items) });
  return subjects;
}
