import type { CatalogueMatch } from '../device/device';

interface Entry {
  id: string;
  name: string;
}

/** The names a match could be, the picked one first, each once ("did you mean" never repeats a name). */
export function candidateNames(match: CatalogueMatch, entries: readonly Entry[]): string[] {
  const names = [match.id, ...match.alternatives].flatMap((id) => (id ? [entries.find((e) => e.id === id)?.name ?? id] : []));
  return [...new Set(names)];
}

/** A pick the user did not spell out ("RX 580" → the 8 GB card), said out loud; null when the name was exact. */
export function pickNote(typed: string, match: CatalogueMatch, entries: readonly Entry[]): string | null {
  if (match.level !== 'probable' || !match.name) return null;
  const others = candidateNames(match, entries).filter((n) => n !== match.name);
  const also = others.length > 0 ? ` (also: ${others.join(', ')}; type the full name for another)` : '';
  return `Took "${typed}" as ${match.name}${also}`;
}
