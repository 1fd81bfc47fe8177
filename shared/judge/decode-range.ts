import type { CardError } from './calibrate-cards';

/**
 * The range shown with a decode estimate, from leave-one-out by card: `spread` is the 80th percentile of |error| over
 * the cards of the estimate's group, so about four cards in five fell inside est ÷ (1 + spread) … est × (1 + spread).
 * A group of fewer than MIN_RANGE_CARDS cards cannot say how wrong it is: it borrows the spread of its backend's whole
 * population (every architecture), or its own cards' leave-one-out error where that is wider (the one CMP 90HX was 276 %
 * off when predicted without itself), and is marked extrapolated; so are backend-wide and default figures.
 */
export const MIN_RANGE_CARDS = 3;
const QUANTILE = 0.8;
const MIN_SPREAD = 0.1;

export interface DecodeRange {
  cards: number;
  rows: number;
  spread: number;
  extrapolated: boolean;
  /** The population the spread comes from: the group itself, its backend, or every card. */
  from: string;
}

const spreadOf = (cards: readonly CardError[]): number => {
  const sorted = cards.map((c) => Math.abs(c.error)).sort((a, b) => a - b);
  const q = sorted[Math.max(0, Math.ceil(QUANTILE * sorted.length) - 1)] ?? 0;
  return Math.round(Math.max(MIN_SPREAD, q) * 100) / 100;
};

export function decodeRanges(cards: readonly CardError[], keys: readonly string[]): Record<string, DecodeRange> {
  const out: Record<string, DecodeRange> = {};
  for (const key of [...keys].sort()) {
    const [backend, arch] = key.split(':');
    const own = cards.filter((c) => c.key === key);
    const population = key === 'default' ? cards : cards.filter((c) => c.backend === backend);
    const rows = (arch ? own : population).reduce((n, c) => n + c.rows, 0);
    if (arch && own.length >= MIN_RANGE_CARDS) out[key] = { cards: own.length, rows, spread: spreadOf(own), extrapolated: false, from: key };
    else {
      const borrowed = spreadOf(population.length ? population : cards);
      out[key] = { cards: arch ? own.length : population.length, rows, spread: own.length ? Math.max(borrowed, spreadOf(own)) : borrowed, extrapolated: true, from: key === 'default' ? 'all' : (backend ?? 'all') };
    }
  }
  return out;
}

/** est ÷ (1 + spread) … est × (1 + spread): never below zero, symmetric in ratio. */
export const rangeOf = (estimate: number, spread: number): { low: number; high: number } => ({ low: estimate / (1 + spread), high: estimate * (1 + spread) });
