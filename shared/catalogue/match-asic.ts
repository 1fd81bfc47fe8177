import type { CatalogueMatch } from '../device/device';
import { asicCatalogue } from './asic-catalogue';
import { nameCandidates, supersetCandidates } from './match-name';

/** Finds an ASIC model by the name its API or the user gives ("Antminer S19 Pro", "S19Pro"); several fits = family. */
export function matchAsic(rawName: string): CatalogueMatch {
  const strict = nameCandidates(rawName, asicCatalogue).map((c) => c.id);
  const ids = strict.length > 0 ? strict : supersetCandidates(rawName, asicCatalogue);
  const specs = asicCatalogue.filter((asic) => ids.includes(asic.id));
  const [first] = specs;
  if (!first) return { id: null, name: null, level: 'unrecognised', confidence: 0, reason: `"${rawName.slice(0, 80)}" is not in the catalogue`, alternatives: [] };
  if (specs.length > 1 || strict.length === 0)
    return { id: first.id, name: first.name, level: 'family', confidence: 0.45, reason: `The name fits ${specs.length} models`, alternatives: specs.map((s) => s.id) };
  return { id: first.id, name: first.name, level: 'exact', confidence: 0.95, reason: 'The name matches the catalogue', alternatives: [] };
}
