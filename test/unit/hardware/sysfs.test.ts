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

  it('skips non-display PCI devices and returns [] without sysfs', async () => {
    expect(await readSysfsGpus('/nonexistent/sys')).toEqual([]);
    const gpus = await readSysfsGpus(join(FIXTURES, 'no-gpu', 'sysfs'));
    expect(gpus.every((g) => g.classCode?.startsWith('03'))).toBe(true);
  });
});
