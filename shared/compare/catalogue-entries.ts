import { algorithmName } from '../catalogue/algorithm-name';
import { asicCatalogue } from '../catalogue/asic-catalogue';
import { gpuCatalogue } from '../catalogue/gpu-catalogue';
import type { GpuVendor } from '../catalogue/gpu-spec';
import { formatHashrate } from '../units/hashrate';

/** One row of the catalogue browser: a GPU or ASIC model, searchable by name and aliases. */
export interface CatalogueEntry {
  kind: 'gpu' | 'asic';
  id: string;
  /** `${kind}:${id}`: unique across both catalogues. */
  key: string;
  name: string;
  /** GPU vendor ("NVIDIA") or ASIC maker ("Bitmain"). */
  vendor: string;
  vramGB: number | null;
  year: number;
  summary: string;
  /** Lower-case name and aliases, plus the same without spaces and dashes ("s19pro"). */
  search: string;
}

const GPU_VENDOR: Record<GpuVendor, string> = { nvidia: 'NVIDIA', amd: 'AMD', intel: 'Intel', apple: 'Apple' };

const searchText = (names: readonly string[]): string => {
  const text = names.join(' ').toLowerCase();
  return `${text} ${text.replace(/[\s-]+/g, '')}`;
};

let cached: readonly CatalogueEntry[] | null = null;

/** Every catalogue GPU, then every ASIC, in catalogue order. */
export function catalogueEntries(): readonly CatalogueEntry[] {
  cached ??= [
    ...gpuCatalogue.map((g) => ({
      kind: 'gpu' as const,
      id: g.id,
      key: `gpu:${g.id}`,
      name: g.name,
      vendor: GPU_VENDOR[g.vendor],
      vramGB: g.vramGB,
      year: g.releaseYear,
      summary: `${g.vramGB} GB ${g.memoryType} · ${g.bandwidthGBs} GB/s · ${g.tdpW} W`,
      search: searchText([g.name, ...g.aliases]),
    })),
    ...asicCatalogue.map((a) => ({
      kind: 'asic' as const,
      id: a.id,
      key: `asic:${a.id}`,
      name: a.name,
      vendor: a.make,
      vramGB: null,
      year: a.releaseYear,
      summary: `${algorithmName(a.algorithm)} · ${formatHashrate(a.hashrateHs)} · ${a.powerW} W`,
      search: searchText([a.name, ...a.aliases]),
    })),
  ];
  return cached;
}

/** Vendors and makers for the filter's select, GPUs first. */
export const catalogueVendors = (): string[] => [...new Set(catalogueEntries().map((e) => e.vendor))];
