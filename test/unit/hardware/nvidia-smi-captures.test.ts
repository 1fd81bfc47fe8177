import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchGpu } from '../../../shared/catalogue/match-gpu';
import { isGenericGpuName, parseNvidiaPciId, pciDeviceName } from '../../../shared/catalogue/pci-names';
import { cellNumber, parseNvidiaSmiCsv } from '../../../shared/hardware/parse-nvidia-smi';
import { parseNvidiaSmiText } from '../../../shared/hardware/parse-nvidia-smi-text';
import { FIXTURES } from '../../fakes/fake-bin';

const capture = (file: string) => readFileSync(join(FIXTURES, 'nvidia-smi-captures', file), 'utf8');

describe('real public nvidia-smi captures are recognised (SOURCES.md)', () => {
  it.each([
    ['rtx3060-laptop-q-530.txt', 'NVIDIA GeForce RTX 3060 Laptop GPU', null, 'nvidia-rtx-3060-laptop'],
    ['quadro-p2000-q-418.txt', 'Quadro P2000', null, 'nvidia-quadro-p2000'],
    ['gtx1650-q-440.txt', 'GeForce GTX 1650', null, 'nvidia-gtx-1650'],
    ['rtx3060-table-580-arm.txt', 'NVIDIA GeForce RTX 3060', 12288, 'nvidia-rtx-3060-12gb'],
    ['rtx-a4000-table-580-arm.txt', 'NVIDIA RTX A4000', 16376, 'nvidia-rtx-a4000'],
    ['rtx5070-table-575.txt', 'NVIDIA GeForce RTX 5070', 12227, 'nvidia-rtx-5070'],
  ])('%s', (file, name, memoryMiB, id) => {
    const [gpu, ...rest] = parseNvidiaSmiText(capture(file));
    expect(rest).toEqual([]);
    expect(gpu).toMatchObject({ name, memoryMiB });
    const match = matchGpu({ rawName: gpu?.name ?? '', vramMiB: gpu?.memoryMiB });
    expect(match.id).toBe(id);
    expect(['exact', 'probable']).toContain(match.level);
  });

  it('rtx2080super-query-csv-466.csv (Windows, units, [N/A])', () => {
    const { rows } = parseNvidiaSmiCsv(capture('rtx2080super-query-csv-466.csv'));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.['pci.sub_device_id']).toBe('0x40051458');
    expect(cellNumber(rows[0]?.['memory.used' as never])).toBe(575);
    expect(matchGpu({ rawName: rows[0]?.name ?? '' })).toMatchObject({ id: 'nvidia-rtx-2080-super', level: 'exact' });
  });
});

describe('naming a board from its PCI id', () => {
  it('reads nvidia-smi 0xDDDDVVVV ids and rejects junk', () => {
    expect(parseNvidiaPciId('0x20C210DE')).toEqual({ vendor: '10de', device: '20c2' });
    expect(parseNvidiaPciId('[N/A]')).toBeNull();
    expect(parseNvidiaPciId('0x20C2')).toBeNull();
  });

  it('gives the pci.ids name for "NVIDIA Graphics Device" and the matcher recognises it', () => {
    expect(isGenericGpuName('NVIDIA Graphics Device')).toBe(true);
    expect(isGenericGpuName('NVIDIA GeForce RTX 3060')).toBe(false);
    const name = pciDeviceName('10de', '220d');
    expect(name).toBe('GA102 [CMP 90HX]');
    expect(matchGpu({ rawName: name ?? '' }).id).toBe('nvidia-cmp-90hx');
    expect(pciDeviceName('10de', 'zzzz')).toBeNull();
  });

  it('AMD Navi 24 by id + revision (amdgpu.ids C1 = RX 6500 XT)', () => {
    const name = pciDeviceName('1002', '743f') ?? '';
    expect(matchGpu({ rawName: name, pci: { vendor: '1002', device: '743f', revision: 'c1' }, vramMiB: 4096 })).toMatchObject({ id: 'amd-rx-6500-xt', level: 'exact' });
  });
});

describe('detection names a "Graphics Device" from nvidia-smi pci.device_id (no sysfs, e.g. Windows)', () => {
  it('CMP 170HX row of the cmp-170hx capture', async () => {
    const { buildGpuDevices } = await import('../../../shared/hardware/build-gpu-devices');
    const row = { index: '0', 'pci.bus_id': '00000000:01:00.0', name: 'NVIDIA Graphics Device', 'memory.total': '8192', 'pci.device_id': '0x20C210DE' };
    const { devices } = buildGpuDevices({ platform: 'win32', controllers: [], nvidiaRows: [row], nvidiaProblems: [], nvidiaAnswered: true, sysfs: [], hostRamMiB: null });
    expect(devices[0]).toMatchObject({ rawName: 'NVIDIA Graphics Device', match: { id: 'nvidia-cmp-170hx', level: 'exact' } });
    const without = buildGpuDevices({ platform: 'win32', controllers: [], nvidiaRows: [{ ...row, 'pci.device_id': undefined }], nvidiaProblems: [], nvidiaAnswered: true, sysfs: [], hostRamMiB: null });
    expect(without.devices[0]?.match.level).toBe('unrecognised');
  });
});
