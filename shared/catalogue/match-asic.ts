import type { CatalogueMatch } from '../device/device';
import { asicCatalogue } from './asic-catalogue';
import { nameCandidates, supersetCandidates } from './match-name';
import { unmatched } from './match-gpu';
import { deviceMessageInEnglish, deviceWarning } from '../device/warning-text';
import type { Message } from '../text/message';

const why = (m: Message) => ({ reason: deviceMessageInEnglish(m), reasonCode: m });

/** Finds an ASIC model by the name its API or the user gives ("Antminer S19 Pro", "S19Pro"); several fits = family. */
export function matchAsic(rawName: string): CatalogueMatch {
  const strict = nameCandidates(rawName, asicCatalogue).map((c) => c.id);
  const ids = strict.length > 0 ? strict : supersetCandidates(rawName, asicCatalogue);
  const specs = asicCatalogue.filter((asic) => ids.includes(asic.id));
  const [first] = specs;
  if (!first) return unmatched(rawName);
  if (specs.length === 1 && strict.length === 0)
    return { id: first.id, name: first.name, level: 'probable', confidence: 0.7, ...why(deviceWarning('match-name-parts', { name: first.name })), alternatives: [] };
  if (specs.length > 1)
    return { id: first.id, name: first.name, level: 'family', confidence: 0.45, ...why(deviceWarning('match-asic-family', { count: specs.length })), alternatives: specs.filter((s) => s.id !== first.id).map((s) => s.id) };
  return { id: first.id, name: first.name, level: 'exact', confidence: 0.95, ...why(deviceWarning('match-name')), alternatives: [] };
}
