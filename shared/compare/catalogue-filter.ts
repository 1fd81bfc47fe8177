import type { Verdict } from '../judge/verdict';
import { catalogueEntries, type CatalogueEntry } from './catalogue-entries';
import { catalogueVerdicts } from './catalogue-verdicts';

export interface CatalogueFilter {
  /** Words that must all appear in the name or an alias (case-insensitive). */
  text?: string;
  kind?: 'gpu' | 'asic' | 'all';
  /** GPU vendor ("NVIDIA") or ASIC maker ("Bitmain"), as `catalogueVendors()` lists them. */
  vendor?: string | null;
  /** Only entries with at least this much VRAM (ASICs have none, so they drop out when this is above 0). */
  minVramGB?: number | null;
  /** Only entries the judge gives this verdict for this workload (one unit, unknown host). */
  verdict?: { workloadId: string; verdict: Verdict } | null;
}

/** The catalogue browser's search: every given criterion must hold; an empty filter returns the whole catalogue. */
export function filterCatalogue(filter: CatalogueFilter, entries: readonly CatalogueEntry[] = catalogueEntries()): CatalogueEntry[] {
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const minVram = filter.minVramGB ?? 0;
  const verdicts = filter.verdict ? catalogueVerdicts(filter.verdict.workloadId) : null;
  const wanted = filter.verdict?.verdict;
  return entries.filter(
    (e) =>
      (!filter.kind || filter.kind === 'all' || e.kind === filter.kind) &&
      (!filter.vendor || e.vendor === filter.vendor) &&
      (minVram <= 0 || (e.vramGB !== null && e.vramGB >= minVram)) &&
      words.every((w) => e.search.includes(w)) &&
      (!verdicts || verdicts.get(e.key) === wanted),
  );
}
