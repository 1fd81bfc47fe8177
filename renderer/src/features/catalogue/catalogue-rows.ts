import { algorithmName } from '../../../../shared/catalogue/algorithm-name';
import { asicCatalogue } from '../../../../shared/catalogue/asic-catalogue';
import { gpuCatalogue } from '../../../../shared/catalogue/gpu-catalogue';
import type { Format } from '../../i18n/use-format';

export interface CatalogueRow {
  kind: 'gpu' | 'asic';
  id: string;
  name: string;
  maker: string;
  /** The row's key figures, in the UI language's number format. */
  summary: (fmt: Format) => string;
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
    summary: (fmt: Format) => `${fmt.number(g.vramGB)} GB ${g.memoryType} · ${fmt.number(g.bandwidthGBs)} GB/s · ${fmt.number(g.tdpW, 0)} W`,
    year: g.releaseYear,
    search: [g.name, ...g.aliases, g.vendor, g.architecture].join(' ').toLowerCase(),
  })),
  ...asicCatalogue.map((a) => ({
    kind: 'asic' as const,
    id: a.id,
    name: a.name,
    maker: a.make,
    summary: (fmt: Format) => `${algorithmName(a.algorithm)} · ${fmt.hashrate(a.hashrateHs)} · ${fmt.number(a.powerW, 0)} W`,
    year: a.releaseYear,
    search: [a.name, ...a.aliases, a.make, a.algorithm].join(' ').toLowerCase(),
  })),
];
