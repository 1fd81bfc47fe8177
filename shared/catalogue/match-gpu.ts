import { deviceMessageInEnglish, deviceWarning } from '../device/warning-text';
import type { Message } from '../text/message';
import type { CatalogueMatch } from '../device/device';
import { gpuCatalogue } from './gpu-catalogue';
import type { GpuSpec } from './gpu-spec';
import { nameCandidates, supersetCandidates } from './match-name';

export interface GpuIdentity {
  rawName: string;
  /** PCI ids as lower-case hex, when a tool gave them. */
  pci?: { vendor: string; device: string; revision?: string | null } | null;
  vramMiB?: number | null;
}

const GIB = 1024;
/** Catalogue VRAM is marketing GB; tools report MiB a little below it (8 GB card → 8192 MiB, or 7982 usable). */
const vramAgrees = (spec: GpuSpec, vramMiB: number): boolean => Math.abs(spec.vramGB * GIB - vramMiB) <= spec.vramGB * GIB * 0.12;

function narrowByVram(specs: GpuSpec[], vramMiB: number | null | undefined): GpuSpec[] {
  if (!vramMiB || specs.length <= 1) return specs;
  const agreeing = specs.filter((spec) => vramAgrees(spec, vramMiB));
  return agreeing.length > 0 ? agreeing : specs;
}

function byPciId(identity: GpuIdentity): GpuSpec[] {
  const pci = identity.pci;
  if (!pci) return [];
  return gpuCatalogue.filter((spec) =>
    spec.pciIds.some((id) => id.vendor === pci.vendor && id.device === pci.device && (!id.revision || !pci.revision || id.revision === pci.revision)),
  );
}

const result = (spec: GpuSpec, level: CatalogueMatch['level'], confidence: number, why: Message, alternatives: GpuSpec[] = []): CatalogueMatch => ({
  id: spec.id,
  name: spec.name,
  level,
  confidence,
  reason: deviceMessageInEnglish(why),
  reasonCode: why,
  alternatives: alternatives.filter((alt) => alt.id !== spec.id).map((alt) => alt.id),
});

/** No catalogue entry: why, as code and English. */
export function unmatched(rawName: string): CatalogueMatch {
  const why = deviceWarning('match-none', { name: rawName.slice(0, 80) });
  return { id: null, name: null, level: 'unrecognised', confidence: 0, reason: deviceMessageInEnglish(why), reasonCode: why, alternatives: [] };
}

/**
 * Finds the catalogue entry for a detected GPU. PCI id (with revision for AMD) wins over names; names only match
 * the same SKU (a "3060 Ti" never becomes a "3060", an "H100 PCIe" never an "H100 SXM"); VRAM splits 4 GB/8 GB twins.
 * When several SKUs remain, the result is a "family" match listing the alternatives, never a silent pick.
 */
export function matchGpu(identity: GpuIdentity): CatalogueMatch {
  const byName = nameCandidates(identity.rawName, gpuCatalogue);
  const nameSpecs = byName.map((c) => gpuCatalogue.find((spec) => spec.id === c.id)).filter((s): s is GpuSpec => s !== undefined);
  const pciSpecs = byPciId(identity);
  if (pciSpecs.length > 0) {
    const both = pciSpecs.filter((spec) => nameSpecs.includes(spec));
    const pool = narrowByVram(both.length > 0 ? both : pciSpecs, identity.vramMiB);
    const [first] = pool;
    if (first && pool.length === 1) return result(first, 'exact', 0.98, deviceWarning(identity.pci?.revision ? 'match-pci-revision' : 'match-pci'));
    if (first) return result(first, 'family', 0.5, deviceWarning('match-pci-family', { count: pool.length }), pool);
  }
  const loose = nameSpecs.length > 0 ? [] : supersetCandidates(identity.rawName, gpuCatalogue);
  const pool = narrowByVram(nameSpecs.length > 0 ? nameSpecs : gpuCatalogue.filter((spec) => loose.includes(spec.id)), identity.vramMiB);
  const [first] = pool;
  if (!first) return unmatched(identity.rawName);
  const exactNames = pool.filter((spec) => byName.find((c) => c.id === spec.id)?.kind === 'exact');
  const [onlyExact] = exactNames;
  if (pool.length > 1 && exactNames.length === 1 && onlyExact && !identity.vramMiB)
    return result(onlyExact, 'probable', 0.75, deviceWarning('match-shared-name', { name: onlyExact.name, others: pool.length - 1 }), pool);
  if (pool.length === 1 && loose.length === 1)
    return result(first, 'probable', 0.7, deviceWarning('match-name-parts', { name: first.name }));
  if (pool.length > 1 || loose.length > 0) return result(first, 'family', 0.45, deviceWarning('match-name-family', { count: pool.length, names: pool.map((s) => s.name).join(', ').slice(0, 300) }), pool);
  const exact = byName.find((c) => c.id === first.id)?.kind === 'exact';
  if (identity.vramMiB && !vramAgrees(first, identity.vramMiB))
    return result(first, 'probable', 0.6, deviceWarning('match-vram-differs', { name: first.name, mib: Math.round(identity.vramMiB), gb: first.vramGB }));
  return result(first, exact ? 'exact' : 'probable', exact ? 0.95 : 0.85, deviceWarning(exact ? 'match-name' : 'match-catalogue-parts'));
}
