import type { CompareCandidate } from './candidate';

/** How many of the user's devices the picker lists before asking for a filter. */
export const PICKER_SHOWN = 24;

/**
 * The inventory devices the picker lists: those whose label holds every word of `query` (case-insensitive), at most
 * `limit` of them, with every picked device kept in the list whatever the filter (so it can be unticked).
 */
export function pickerCandidates(all: readonly CompareCandidate[], pickedIds: ReadonlySet<string>, query: string, limit = PICKER_SHOWN): { shown: CompareCandidate[]; matching: number } {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (c: CompareCandidate): boolean => words.every((w) => c.label.toLowerCase().includes(w));
  const matching = all.filter(matches);
  const room = new Set(matching.slice(0, limit).map((c) => c.id));
  return { shown: all.filter((c) => room.has(c.id) || pickedIds.has(c.id)), matching: matching.length };
}
