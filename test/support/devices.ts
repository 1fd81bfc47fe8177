import type { GpuDevice } from '../../shared/device/device';
import { deviceFromManual } from '../../shared/device/manual-device';
import type { Host } from '../../shared/device/host';

/** A catalogue GPU as a device, optionally with a detected PCIe link (for rig scenarios). */
export function catalogueGpu(id: string, link?: { gen: number; width: number }, count = 1): GpuDevice {
  const device = deviceFromManual({ id: 'manual-test', kind: 'gpu', catalogueId: id, count });
  if (!device || device.kind !== 'gpu') throw new Error(`no catalogue GPU ${id}`);
  if (!link) return device;
  return { ...device, origin: 'local', pcie: { genCurrent: link.gen, genMax: link.gen, widthCurrent: link.width, widthMax: 16, source: 'sysfs' } };
}

export const rigHost = (overrides: Partial<Host> = {}): Host => ({
  cpu: { brand: 'Intel Celeron G3930', physicalCores: 2, threads: 2, avx2: false, avx: false },
  ramGB: 8,
  disk: { totalGB: 60, freeGB: 40 },
  os: { platform: 'linux', distro: 'HiveOS', release: '0.6', kernel: '5.15', arch: 'x64' },
  ...overrides,
});

export const workstationHost = (): Host => ({
  cpu: { brand: 'AMD Ryzen 9 5950X', physicalCores: 16, threads: 32, avx2: true, avx: true },
  ramGB: 64,
  disk: { totalGB: 2000, freeGB: 1500 },
  os: { platform: 'linux', distro: 'Ubuntu', release: '24.04', kernel: '6.8', arch: 'x64' },
});
