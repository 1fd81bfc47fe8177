import { machineIdOfKey, measurementsOfMachine } from '../bench/machine-measurements';
import type { StoredMeasurement } from '../bench/stored-measurement';
import type { InventoryItem, Rig } from '../inventory/schema';
import { applyMeasurements } from '../judge/apply-measurements';
import type { Measured } from '../judge/measured-report';
import { judgeRigItems } from './judge-rig-items';

/**
 * The newest stored measurement of a planned group's cards (their rig's machine, pinned by bus id), beside the judge's
 * estimate for the same model, quant and backend on that card and host; null when none was measured. The plan's
 * figures do not rest on it (own AI use is valued at the rental price per GPU-hour): it is shown beside them.
 */
export function deviceMeasured(group: readonly InventoryItem[], rig: Rig | undefined, stored: readonly StoredMeasurement[], now: Date): Measured | null {
  const busIds = new Set(group.flatMap((i) => (i.device?.kind === 'gpu' && i.device.busId ? [i.device.busId] : [])));
  const mine = measurementsOfMachine(stored, machineIdOfKey(rig?.key)).filter((m) => m.device.kind === 'gpu' && m.device.busIds.some((b) => busIds.has(b)));
  if (!rig || mine.length === 0) return null;
  const report = judgeRigItems(rig, group, now);
  const measured = report ? applyMeasurements(report, mine).devices.flatMap((d) => d.measured ?? []) : [];
  return measured.sort((a, b) => b.at.localeCompare(a.at))[0] ?? null;
}
