import type { LocalScan } from '../../../shared/api/schemas';
import type { GpuDevice } from '../../../shared/device/device';
import { unknownHost } from '../../../shared/device/host';
import { deviceFromManual } from '../../../shared/device/manual-device';
import type { LanDevice, LanScanResult } from '../../../shared/lan/lan-device';

/** A detected catalogue GPU at a PCI bus address (what the hardware service reports after a scan). */
export function gpuAt(catalogueId: string, busId: string): GpuDevice {
  const device = deviceFromManual({ id: `manual-${busId.replace(/[^a-z0-9]/gi, '').toLowerCase()}`, kind: 'gpu', catalogueId, count: 1 });
  if (!device || device.kind !== 'gpu') throw new Error(`no GPU ${catalogueId}`);
  return { ...device, origin: 'local', busId, rawName: `NVIDIA GeForce ${device.rawName}` };
}

export const localScan = (at: string, devices: GpuDevice[]): LocalScan => ({ scannedAt: at, durationMs: 900, host: { ...unknownHost, ramGB: 32 }, devices, warnings: [] });

export function asicOnLan(ip: string, hashrateHs: number): LanDevice {
  return {
    ip, port: 4028, kind: 'asic', make: 'Bitmain', model: 'Antminer S19 Pro', firmware: 'stock', algorithm: 'sha256', algorithmName: 'SHA256',
    hashrateHs, powerWatts: 3250, powerSource: 'estimated', temperaturesC: [61, 66], fans: [5000], uptimeS: 3600, pool: 'stratum+tcp://pool:3333',
    recognised: 'full', catalogueId: 'antminer-s19-pro', miner: null, gpus: [], warnings: [], usedDefaultCredentials: false,
  };
}

export const lanScan = (at: string, devices: LanDevice[], cancelled = false, ranges: string[] = []): LanScanResult => ({
  devices,
  stats: { startedAt: at, targets: 254, probed: 254, found: devices.length, durationMs: 2000, cancelled, ranges },
  errors: [],
});
