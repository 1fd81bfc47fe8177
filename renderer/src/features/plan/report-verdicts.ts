import { machineIdOfKey, measurementsOfMachine } from '../../../../shared/bench/machine-measurements';
import type { StoredMeasurement } from '../../../../shared/bench/stored-measurement';
import { unknownHost } from '../../../../shared/device/host';
import type { Inventory } from '../../../../shared/inventory/schema';
import { applyMeasurements } from '../../../../shared/judge/apply-measurements';
import { judgeMachine } from '../../../../shared/judge/judge-machine';
import type { DeviceReport } from '../../../../shared/judge/report';
import type { WorkloadResult } from '../../../../shared/judge/verdict';
import { devicesOfItems, judgeRigItems } from '../../../../shared/plan/judge-rig-items';

/** One machine's AI verdicts for the report: each device's, and for a rig the GPUs pooled. */
export interface MachineVerdicts {
  key: string;
  name: string;
  devices: DeviceReport[];
  rig: { gpus: number; totalVramGB: number; pooled: WorkloadResult[] } | null;
}


/** Identical cards of a machine (same model, same verdicts) as one line: "8× Radeon RX 580". */
function grouped(reports: DeviceReport[]): DeviceReport[] {
  const byKey = new Map<string, DeviceReport>();
  for (const r of reports) {
    // A measured card keeps its own line (its measurement is listed beside it).
    const key = r.measured?.length ? r.device.id : `${r.device.match.id ?? r.device.rawName}|${r.workloads.map((w) => w.verdict).join('')}`;
    const held = byKey.get(key);
    byKey.set(key, held ? { ...held, device: { ...held.device, count: held.device.count + r.device.count } } : r);
  }
  return [...byKey.values()];
}

/** The judge's verdicts for every rig (on its own host when scanned, with its stored measurements) and every device outside a rig. */
export function inventoryVerdicts(inv: Inventory, now: Date, measurements: readonly StoredMeasurement[] = []): MachineVerdicts[] {
  const rigs = inv.rigs.flatMap((rig) => {
    const judged = judgeRigItems(rig, inv.items.filter((i) => i.rigId === rig.id), now);
    if (!judged) return [];
    const report = applyMeasurements(judged, measurementsOfMachine(measurements, machineIdOfKey(rig.key)));
    return [{ key: rig.id, name: rig.name, devices: grouped(report.devices), rig: report.rig.gpus > 1 ? report.rig : null }];
  });
  const loose = inv.items.filter((i) => !i.rigId).flatMap((item) => {
    const devices = devicesOfItems([item]);
    return devices.length > 0 ? [{ key: item.id, name: item.name, devices: judgeMachine(unknownHost, devices, [], now).devices, rig: null }] : [];
  });
  return [...rigs, ...loose];
}

/** The best a set of workloads reaches: those judged "yes", else "limited". */
export const bestOf = (workloads: readonly WorkloadResult[]): WorkloadResult[] => {
  const yes = workloads.filter((w) => w.verdict === 'yes');
  return yes.length > 0 ? yes : workloads.filter((w) => w.verdict === 'limited');
};
