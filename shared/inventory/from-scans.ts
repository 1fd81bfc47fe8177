import type { LocalScan } from '../api/schemas';
import { recognisedId } from '../catalogue/recognised-id';
import type { Device } from '../device/device';
import { profileOf } from '../judge/gpu-profile';
import type { LanScanResult } from '../lan/lan-device';
import { parseIpv4 } from '../lan/ipv4';
import { parseTarget, type TargetRange } from '../lan/targets';
import { devicesFromLan } from '../lan/to-devices';
import type { Observation, ObservedDevice } from './observation';
import { LOCAL_RIG_PREFIX } from './default-names';

/** Re-exported where it was first defined. */
export { LOCAL_RIG_PREFIX };

/** The scanned machine, as a rig report or the app names it: a stable id (hashed) and its host name. */
export interface MachineIdentity {
  id: string;
  name: string;
}

const usable = (d: Device): boolean => d.kind !== 'gpu' || !profileOf(d).integrated;
const catalogueIdOf = (d: Device): string | null => recognisedId(d.match);

/** A machine's GPUs (this one, or a rig's imported report). A GPU is known by its machine and PCI bus id. */
export function observeMachine(scan: LocalScan, machine: MachineIdentity, source: 'local' | 'import'): Observation {
  const rig = { key: `host:${machine.id}`, name: source === 'local' ? `${LOCAL_RIG_PREFIX}${machine.name}` : machine.name, host: scan.host };
  const devices = scan.devices.filter(usable).map((d, index): ObservedDevice => ({
    key: `host:${machine.id}:${d.kind === 'gpu' && d.busId ? d.busId.toLowerCase() : `${d.kind}${index}`}`,
    kind: d.kind,
    rawName: d.rawName,
    catalogueId: catalogueIdOf(d),
    count: d.count,
    device: d,
    rig,
    reading: { hashrateHs: null, powerW: d.kind === 'gpu' ? d.powerLimitW : null, temperatureC: d.kind === 'gpu' ? d.temperatureC : null },
  }));
  return { scope: `host:${machine.id}`, source, at: scan.scannedAt, devices, complete: true };
}

/** Miners found on the LAN: an ASIC is known by its address; a GPU rig becomes a rig of its GPUs. */
/**
 * Which LAN devices a scan looked for: those whose address is in its ranges (keys are "lan:<ip>:…"). A result without
 * ranges (older files) covers the whole LAN scope, as before.
 */
function lanCoverage(specs: readonly string[]): Pick<Observation, 'covers'> {
  const ranges = specs.map(parseTarget).filter((r): r is TargetRange => typeof r !== 'string');
  if (ranges.length === 0) return {};
  return {
    covers: (key) => {
      const ip = parseIpv4(key.split(':')[1] ?? '');
      return ip !== null && ranges.some((r) => ip >= r.first && ip <= r.last);
    },
  };
}

export function observeLan(result: LanScanResult): Observation {
  const devices = result.devices.flatMap((lan): ObservedDevice[] => {
    const reading = { hashrateHs: lan.hashrateHs, powerW: lan.powerWatts, temperatureC: lan.temperaturesC.length ? Math.max(...lan.temperaturesC) : null };
    if (lan.kind === 'asic') {
      const [asic] = devicesFromLan(lan);
      if (!asic) return [];
      return [{ key: `lan:${lan.ip}:${lan.port}`, kind: 'asic', rawName: asic.rawName, catalogueId: lan.catalogueId, count: 1, device: null, rig: null, reading }];
    }
    const rig = { key: `lan:${lan.ip}`, name: `${lan.ip} · ${lan.miner ?? 'GPU rig'}`, host: null };
    return devicesFromLan(lan).map((gpu, index) => ({
      key: `lan:${lan.ip}:gpu:${gpu.kind === 'gpu' && gpu.busId ? gpu.busId.toLowerCase() : index}`,
      kind: 'gpu' as const,
      rawName: gpu.rawName,
      catalogueId: catalogueIdOf(gpu),
      count: 1,
      device: gpu,
      rig,
      reading: { hashrateHs: lan.gpus[index]?.hashrateHs ?? null, powerW: lan.gpus[index]?.powerW ?? null, temperatureC: lan.gpus[index]?.temperatureC ?? null, algorithm: lan.algorithmName },
    }));
  });
  return { scope: 'lan', source: 'lan', at: result.stats.startedAt, devices, complete: !result.stats.cancelled, ...lanCoverage(result.stats.ranges) };
}
