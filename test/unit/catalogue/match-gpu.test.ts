import { describe, expect, it } from 'vitest';
import { matchAsic } from '../../../shared/catalogue/match-asic';
import { matchGpu } from '../../../shared/catalogue/match-gpu';

describe('GPU name matching', () => {
  it.each([
    ['NVIDIA GeForce RTX 3060 Ti LHR', 'nvidia-rtx-3060-ti'],
    ['NVIDIA GeForce RTX 3090', 'nvidia-rtx-3090'],
    ['GA102 [GeForce RTX 3090]', 'nvidia-rtx-3090'],
    ['NVIDIA CMP 170HX', 'nvidia-cmp-170hx'],
    ['NVIDIA H100 PCIe', 'nvidia-h100-pcie'],
    ['NVIDIA H100 80GB HBM3', 'nvidia-h100-sxm'],
    ['NVIDIA GeForce RTX 3060 Ti', 'nvidia-rtx-3060-ti'],
    ['AMD Radeon RX 7900 XTX', 'amd-rx-7900-xtx'],
    ['Radeon RX 7900 XT', 'amd-rx-7900-xt'],
    ['P106-100', 'nvidia-p106-100'],
    ['Apple M2 Max', 'apple-m2-max'],
  ])('%s → %s', (raw, id) => {
    const match = matchGpu({ rawName: raw });
    expect(match.id).toBe(id);
    expect(['exact', 'probable']).toContain(match.level);
  });

  it('never turns a Ti into a non-Ti, or a PCIe H100 into an SXM one', () => {
    expect(matchGpu({ rawName: 'GeForce RTX 3070 Ti' }).id).toBe('nvidia-rtx-3070-ti');
    expect(matchGpu({ rawName: 'GeForce RTX 3070' }).id).toBe('nvidia-rtx-3070');
    expect(matchGpu({ rawName: 'NVIDIA H100 PCIe' }).id).not.toBe('nvidia-h100-sxm');
  });

  it('reports a bare "H100" as a family, not a guess', () => {
    const match = matchGpu({ rawName: 'NVIDIA H100' });
    expect(match.level).toBe('family');
    expect([match.id, ...match.alternatives]).toEqual(expect.arrayContaining(['nvidia-h100-pcie', 'nvidia-h100-sxm', 'nvidia-h100-nvl']));
  });

  it('uses VRAM to split the RX 580 4 GB / 8 GB twins behind "Radeon RX 580 Series"', () => {
    expect(matchGpu({ rawName: 'Radeon RX 580 Series', vramMiB: 8192 }).id).toBe('amd-rx-580-8gb');
    expect(matchGpu({ rawName: 'Radeon RX 580 Series', vramMiB: 4096 }).id).toBe('amd-rx-580-4gb');
  });

  it('resolves the lspci Ellesmere family string by PCI revision (libdrm amdgpu.ids) and VRAM', () => {
    const raw = 'Ellesmere [Radeon RX 470/480/570/570X/580/580X/590]';
    expect(matchGpu({ rawName: raw }).level).toBe('family');
    expect(matchGpu({ rawName: raw, pci: { vendor: '1002', device: '67df', revision: 'e7' }, vramMiB: 8192 })).toMatchObject({ id: 'amd-rx-580-8gb', level: 'exact' });
    // 67DF:EF is "RX 570 Series": many cards sold as "RX 580" carry it.
    expect(matchGpu({ rawName: raw, pci: { vendor: '1002', device: '67df', revision: 'ef' }, vramMiB: 8192 })).toMatchObject({ id: 'amd-rx-570-8gb', level: 'exact' });
  });

  it('identifies a CMP 170HX that nvidia-smi only calls "NVIDIA Graphics Device" by its PCI id', () => {
    expect(matchGpu({ rawName: 'NVIDIA Graphics Device' }).level).toBe('unrecognised');
    expect(matchGpu({ rawName: 'NVIDIA Graphics Device', pci: { vendor: '10de', device: '20c2' } })).toMatchObject({ id: 'nvidia-cmp-170hx', level: 'exact' });
  });

  it('splits the RTX 3060 12 GB and 8 GB by detected VRAM', () => {
    expect(matchGpu({ rawName: 'NVIDIA GeForce RTX 3060', vramMiB: 12288 }).id).toBe('nvidia-rtx-3060-12gb');
    expect(matchGpu({ rawName: 'NVIDIA GeForce RTX 3060', vramMiB: 8192 }).id).toBe('nvidia-rtx-3060-8gb');
  });

  it('leaves unknown cards unrecognised', () => {
    expect(matchGpu({ rawName: 'Matrox G200eW3' })).toMatchObject({ id: null, level: 'unrecognised' });
    expect(matchGpu({ rawName: 'GeForce RTX 9999' }).level).toBe('unrecognised');
  });
});

describe('ASIC name matching', () => {
  it('finds models by their API names and refuses unknown ones', () => {
    expect(matchAsic('Antminer S19 Pro')).toMatchObject({ id: 'antminer-s19-pro', level: 'exact' });
    expect(matchAsic('Antminer S19').id).toBe('antminer-s19');
    expect(matchAsic('Antminer S99').level).toBe('unrecognised');
  });
});
