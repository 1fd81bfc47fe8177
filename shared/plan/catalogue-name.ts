import { asicCatalogue } from '../catalogue/asic-catalogue';
import { recognisedId } from '../catalogue/recognised-id';
import { gpuCatalogue } from '../catalogue/gpu-catalogue';
import { matchAsic } from '../catalogue/match-asic';
import { matchGpu } from '../catalogue/match-gpu';
import { closestNames } from '../catalogue/match-name';

export type NameLookup = { kind: 'asic' | 'gpu'; id: string; name: string } | { kind: null; closest: string[] };

/** A catalogue entry by name (an ASIC first unless the kind is given); the closest names when none matches. */
export function lookUpName(name: string, kind?: 'asic' | 'gpu'): NameLookup {
  const asicId = kind === 'gpu' ? null : recognisedId(matchAsic(name));
  const asic = asicId ? asicCatalogue.find((e) => e.id === asicId) : undefined;
  if (asic) return { kind: 'asic', id: asic.id, name: asic.name };
  const gpuId = kind === 'asic' ? null : recognisedId(matchGpu({ rawName: name }));
  const gpu = gpuId ? gpuCatalogue.find((e) => e.id === gpuId) : undefined;
  if (gpu) return { kind: 'gpu', id: gpu.id, name: gpu.name };
  const entries = kind === 'asic' ? asicCatalogue : kind === 'gpu' ? gpuCatalogue : [...asicCatalogue, ...gpuCatalogue];
  return { kind: null, closest: closestNames(name, entries) };
}
