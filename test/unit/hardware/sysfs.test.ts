import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSysfsGpus } from '../../../electron/services/hardware/sysfs-gpus';
import { FIXTURES } from '../../fakes/fake-bin';

describe('sysfs reader', () => {
  it('reads link width/speed, amdgpu VRAM and hwmon of an RX 580 rig', async () => {
    const gpus = await readSysfsGpus(join(FIXTURES, 'rig-8x-rx580-8gb', 'sysfs'));
    expect(gpus).toHaveLength(8);
    expect(gpus[0]).toMatchObject({ vendorId: '1002', deviceId: '67df', revision: 'e7', link: { genCurrent: 1, widthCurrent: 1, widthMax: 16 } });
    expect(gpus[0]?.vramBytes).toBe(8 * 2 ** 30);
    expect(gpus[0]?.temperatureC).toBe(51);
    expect(gpus[0]?.powerCapW).toBe(185);
  });

  it.runIf(process.platform === 'linux')('never reads past a page: an attribute that is /dev/zero or oversized is unknown, the rest still read', async () => {
    const sysRoot = mkdtempSync(join(tmpdir(), 'rigshift-sysfs-'));
    try {
      const dir = join(sysRoot, 'bus', 'pci', 'devices', '0000:01:00.0');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'class'), '0x030000\n');
      writeFileSync(join(dir, 'vendor'), '0x10de\n');
      symlinkSync('/dev/zero', join(dir, 'device'));
      writeFileSync(join(dir, 'mem_info_vram_total'), '8'.repeat(5000));
      const [gpu] = await readSysfsGpus(sysRoot);
      expect(gpu).toMatchObject({ busId: '0000:01:00.0', vendorId: '10de', deviceId: null, vramBytes: null });
    } finally {
      rmSync(sysRoot, { recursive: true, force: true });
    }
  });

  it('skips non-display PCI devices and returns [] without sysfs', async () => {
    expect(await readSysfsGpus('/nonexistent/sys')).toEqual([]);
    const gpus = await readSysfsGpus(join(FIXTURES, 'no-gpu', 'sysfs'));
    expect(gpus.every((g) => g.classCode?.startsWith('03'))).toBe(true);
  });
});
