import { gpuAlgorithmFromMiner, type GpuAlgorithm } from '../earnings/gpu-algorithms';
import { asicById } from '../catalogue/asic-catalogue';
import { gpuById } from '../catalogue/gpu-catalogue';
import type { Device } from '../device/device';
import { deviceFromManual } from '../device/manual-device';
import type { Hardware } from '../earnings/hardware-plan';
import type { RentalEligibility } from '../earnings/project-hardware';
import type { InventoryItem, Rig } from '../inventory/schema';
import { judgeMachine } from '../judge/judge-machine';
import { reasonsOf } from '../judge/result';

/** Catalogue hardware for an inventory device; null when it is not recognised (it cannot be projected). */
export function hardwareOf(item: InventoryItem): Hardware | null {
  if (!item.catalogueId) return null;
  if (item.kind === 'asic') {
    const spec = asicById(item.catalogueId);
    return spec ? { kind: 'asic', spec, count: item.count } : null;
  }
  const spec = gpuById(item.catalogueId);
  return spec ? { kind: 'gpu', spec, count: item.count } : null;
}

/** The device record the judge needs: the detected one, else one built from the catalogue. */
export const deviceOf = (item: InventoryItem): Device | null =>
  item.device ?? (item.catalogueId ? deviceFromManual({ id: `manual-${item.id.slice(4)}`, kind: item.kind, catalogueId: item.catalogueId, count: item.count }) : null);

/** Whether a scanned rig would list on a rental marketplace, judged on its own host (RAM, disk, PCIe links); undefined when unknown. */
export function eligibilityOf(rig: Rig | undefined, items: InventoryItem[]): RentalEligibility | undefined {
  if (!rig?.host) return undefined;
  const devices = items.flatMap((i) => {
    const d = deviceOf(i);
    return d ? [d] : [];
  });
  const rental = judgeMachine(rig.host, devices).devices.flatMap((d) => d.workloads.filter((w) => w.id === 'rental-marketplace'))[0];
  return rental ? { verdict: rental.verdict, reasons: reasonsOf(rental) } : undefined;
}

/** A device's last power reading (W, whole item), if it reported one. */
const lastPowerW = (item: InventoryItem): number | null => [...item.history].reverse().find((r) => r.powerW !== null && r.powerW > 0)?.powerW ?? null;

/**
 * Wall power per unit (W) of a group of identical devices from their own last readings, each device without one at
 * its nameplate; undefined when none reported power (the nameplate applies).
 */
export function measuredUnitW(items: readonly InventoryItem[], nameplateUnitW: number): number | undefined {
  if (!items.some((i) => lastPowerW(i) !== null)) return undefined;
  const units = items.reduce((n, i) => n + i.count, 0);
  return items.reduce((w, i) => w + (lastPowerW(i) ?? nameplateUnitW * i.count), 0) / units;
}

/**
 * Hashrate per unit a group of identical GPUs reported through its miner (LAN scan), on the algorithm the miner named,
 * averaged over the devices that reported it; undefined when none did or the algorithm is not one RigShift prices.
 */
export function measuredGpuHashrate(items: readonly InventoryItem[]): { algorithm: GpuAlgorithm; hashrateHs: number } | undefined {
  const last = items.flatMap((i) => {
    const r = [...i.history].reverse().find((x) => x.hashrateHs !== null && x.hashrateHs > 0);
    const algorithm = gpuAlgorithmFromMiner(r?.algorithm);
    return r?.hashrateHs && algorithm ? [{ algorithm, hashrateHs: r.hashrateHs, count: i.count }] : [];
  });
  const algorithm = last[0]?.algorithm;
  const same = last.filter((l) => l.algorithm === algorithm);
  if (!algorithm || same.length !== last.length) return undefined;
  return { algorithm, hashrateHs: same.reduce((h, l) => h + l.hashrateHs, 0) / same.reduce((n, l) => n + l.count, 0) };
}
