import { describe, expect, it } from 'vitest';
import { asicCatalogue } from '../../../shared/catalogue/asic-catalogue';
import { gpuCatalogue } from '../../../shared/catalogue/gpu-catalogue';
import { matchAsic } from '../../../shared/catalogue/match-asic';
import { matchGpu } from '../../../shared/catalogue/match-gpu';
import { closestNames } from '../../../shared/catalogue/match-name';
import { candidateNames, pickNote } from '../../../shared/catalogue/match-note';
import { tokenise } from '../../../shared/catalogue/normalise-name';

describe('names as miners type them', () => {
  it('splits glued brands, suffixes and sizes', () => {
    expect(tokenise('rx580')).toEqual({ tokens: ['rx', '580'], sizeGB: null });
    expect(tokenise('RX580 8G')).toEqual({ tokens: ['rx', '580'], sizeGB: 8 });
    expect(tokenise('s19jpro').tokens).toEqual(['s19', 'j', 'pro']);
    expect(tokenise('rtx3060ti').tokens).toEqual(['rtx', '3060', 'ti']);
  });

  it('resolves short names to the one model without a SKU mark, and keeps real families ambiguous', () => {
    expect(matchGpu({ rawName: '3070' })).toMatchObject({ id: 'nvidia-rtx-3070', level: 'probable' });
    expect(matchGpu({ rawName: 'RX580 8G' })).toMatchObject({ id: 'amd-rx-580-8gb' });
    expect(matchGpu({ rawName: 'H100' }).level).toBe('family');
    expect(matchAsic('S19 pro')).toMatchObject({ id: 'antminer-s19-pro' });
    expect(matchAsic('S21').id).toBe('antminer-s21');
    expect(matchAsic('Antminer S21 Hyd.').id).toBe('antminer-s21-hydro');
  });

  it('notes a silent pick and never lists a name twice', () => {
    const rx = matchGpu({ rawName: 'RX 580' });
    expect(pickNote('RX 580', rx, gpuCatalogue)).toBe('Took "RX 580" as Radeon RX 580 8GB (also: Radeon RX 580 4GB; type the full name for another)');
    expect(pickNote('Radeon RX 580 8GB', matchGpu({ rawName: 'Radeon RX 580 8GB' }), gpuCatalogue)).toBeNull();
    const h100 = candidateNames(matchGpu({ rawName: 'H100' }), gpuCatalogue);
    expect(new Set(h100).size).toBe(h100.length);
    const closest = closestNames('antminer zz', [...asicCatalogue, ...asicCatalogue], 8);
    expect(new Set(closest).size).toBe(closest.length);
    expect(closest.length).toBe(8);
  });
});
