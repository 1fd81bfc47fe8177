import { describe, expect, it } from 'vitest';
import { auditRigFromMachine, osNameOf } from '../../../shared/rental-audit';
import { catalogueGpu, rigHost, workstationHost } from '../../support/devices';

describe('a scanned machine as the audit’s input', () => {
  it('groups identical cards, keeps the narrowest detected link and converts GiB of disk to GB', () => {
    const cards = [catalogueGpu('nvidia-rtx-3070', { gen: 3, width: 1 }), catalogueGpu('nvidia-rtx-3070', { gen: 3, width: 4 }), catalogueGpu('amd-rx-580-8gb', { gen: 3, width: 1 })];
    const rig = auditRigFromMachine('r1', 'Rig 1', rigHost(), cards);
    expect(rig.gpus).toEqual([
      { modelId: 'nvidia-rtx-3070', name: 'GeForce RTX 3070', vendor: 'nvidia', count: 2, vramGiB: 8, fp32Tflops: 20.31, computeCapability: '8.6', pcieWidth: 1 },
      { modelId: 'amd-rx-580-8gb', name: 'Radeon RX 580 8GB', vendor: 'amd', count: 1, vramGiB: 8, fp32Tflops: 6.17, computeCapability: null, pcieWidth: 1 },
    ]);
    // rigHost: 8 GiB RAM, 40 GiB free = 42.9 GB, HiveOS, 2 cores without AVX
    expect(rig).toMatchObject({ ramGiB: 8, freeSsdGB: 42, os: 'hiveos', cpuCores: 2, avx: false });
  });

  it('a hand-entered card has no detected link: its width is unknown, not the catalogue’s x16', () => {
    const rig = auditRigFromMachine('w', 'Workstation', workstationHost(), [catalogueGpu('nvidia-rtx-3090', undefined, 2)]);
    expect(rig.gpus[0]).toMatchObject({ count: 2, pcieWidth: null });
    expect(rig.os).toBe('ubuntu');
  });

  it('names the OS family the marketplaces use', () => {
    const os = (platform: string | null, distro: string | null) => osNameOf({ platform, distro, release: null, kernel: null, arch: null });
    expect(os('linux', 'HiveOS')).toBe('hiveos');
    expect(os('linux', 'Ubuntu')).toBe('ubuntu');
    expect(os('linux', 'Debian GNU/Linux')).toBe('linux');
    expect(os('win32', 'Microsoft Windows 11 Pro')).toBe('windows');
    expect(os('darwin', 'macOS')).toBe('other');
    expect(os(null, null)).toBeNull();
  });
});
