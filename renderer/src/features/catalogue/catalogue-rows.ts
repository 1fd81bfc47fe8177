import { asicCatalogue } from '../../../../shared/catalogue/asic-catalogue';
import { gpuCatalogue } from '../../../../shared/catalogue/gpu-catalogue';
import { formatHashrate } from '../../../../shared/units/hashrate';

export interface CatalogueRow {
  kind: 'gpu' | 'asic';
  id: string;
  name: string;
  maker: string;
  summary: string;
  year: number;
  search: string;
}

/** Flat, searchable rows for the picker. */
export const catalogueRows: CatalogueRow[] = [
  ...gpuCatalogue.map((g) => ({
    kind: 'gpu' as const,
    id: g.id,
    name: g.name,
    maker: g.vendor.toUpperCase(),
    summary: `${g.vramGB} GB ${g.memoryType} · ${g.bandwidthGBs} GB/s · ${g.tdpW} W`,
    year: g.releaseYear,
    search: [g.name, ...g.aliases, g.vendor, g.architecture].join(' ').toLowerCase(),
  })),
  ...asicCatalogue.map((a) => ({
    kind: 'asic' as const,
    id: a.id,
    name: a.name,
    maker: a.make,
    summary: `${a.algorithm.toUpperCase()} · ${formatHashrate(a.hashrateHs)} · ${a.powerW} W`,
    year: a.releaseYear,
    search: [a.name, ...a.aliases, a.make, a.algorithm].join(' ').toLowerCase(),
  })),
];
