import { describe, expect, it } from 'vitest';
import { asicCatalogue } from '../../../shared/catalogue/asic-catalogue';
import { gpuCatalogue } from '../../../shared/catalogue/gpu-catalogue';

const names = gpuCatalogue.map((g) => g.name).join(' | ');

describe('hardware catalogue', () => {
  it('holds at least 80 GPUs and 30 ASICs, each with a source and a date', () => {
    expect(gpuCatalogue.length).toBeGreaterThanOrEqual(80);
    expect(asicCatalogue.length).toBeGreaterThanOrEqual(30);
    for (const entry of [...gpuCatalogue, ...asicCatalogue]) {
      expect(entry.source.ref.length, entry.id).toBeGreaterThan(3);
      expect(entry.source.date, entry.id).toMatch(/^\d{4}-\d{2}/);
    }
  });

  it('has unique ids and never gives one alias to two entries', () => {
    const ids = gpuCatalogue.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    const aliases = gpuCatalogue.flatMap((g) => g.aliases.map((a) => a.toLowerCase()));
    expect(aliases.filter((a, i) => aliases.indexOf(a) !== i)).toEqual([]);
    expect(new Set(asicCatalogue.map((a) => a.id)).size).toBe(asicCatalogue.length);
  });

  it.each([
    'GTX 1060', 'GTX 1070', 'GTX 1080 Ti', 'P102-100', 'P104-100', 'P106-100', 'CMP 30HX', 'CMP 40HX', 'CMP 50HX', 'CMP 90HX', 'CMP 170HX',
    'RTX 2060', 'RTX 2080 Ti', 'RTX 3060 Ti', 'RTX 3070', 'RTX 3090', 'RTX 4090', 'RTX 5090', 'RX 470', 'RX 480', 'RX 570', 'RX 580', 'RX 590',
    'Vega 56', 'Vega 64', 'Radeon VII', 'RX 5700 XT', 'RX 6800 XT', 'RX 7900 XTX', 'RX 9070 XT', 'A4000', 'A5000', 'A40', 'A100', 'L40S',
    'H100 PCIe', 'H100 SXM', 'Apple M1', 'Apple M2 Max', 'Apple M4 Max',
  ])('includes %s', (name) => {
    expect(names).toContain(name);
  });

  it('covers SHA-256, Scrypt and kHeavyHash ASICs with plausible figures', () => {
    for (const algorithm of ['sha256', 'scrypt', 'kheavyhash'] as const) expect(asicCatalogue.filter((a) => a.algorithm === algorithm).length).toBeGreaterThanOrEqual(3);
    const s19pro = asicCatalogue.find((a) => a.name === 'Antminer S19 Pro');
    expect(s19pro).toMatchObject({ hashrateHs: 110e12, powerW: 3250, releaseYear: 2020 });
  });

  it('keeps specs physically sensible', () => {
    for (const gpu of gpuCatalogue) {
      expect(gpu.bandwidthGBs, gpu.id).toBeLessThan(10_000);
      expect(gpu.fp32Tflops, gpu.id).toBeLessThan(200);
      if (gpu.vendor === 'nvidia') expect(gpu.computeCapability, gpu.id).toMatch(/^\d+\.\d$/);
      if (gpu.vendor === 'amd') expect(gpu.gfxTarget, gpu.id).toMatch(/^gfx/);
    }
  });
});
