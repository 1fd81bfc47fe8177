import { DAYS_PER_MONTH, MS_PER_DAY } from '../earnings/constants';
import type { Market } from './assumptions';

/** A market figure older than this many months is flagged wherever an option uses it. */
export const STALE_AFTER_MONTHS = 6;

/** The figures whose age matters at the point of decision: resale values, rental medians, coin prices. */
export const isAgeingFigure = (key: string): boolean => key.startsWith('resale:') || key.startsWith('rental:') || key.endsWith('PriceUsd');

export interface StaleFigure {
  key: string;
  /** When the figure was true (YYYY-MM or YYYY-MM-DD, as dated in the data). */
  date: string;
  /** Whole months between that date and today. */
  ageMonths: number;
}

/** Months from a figure's date (a bare YYYY-MM counts from the 1st) to today; NaN for a date it cannot read. */
export function ageInMonths(date: string, today: Date): number {
  const at = Date.parse(date.length === 7 ? `${date}-01T00:00:00Z` : `${date}T00:00:00Z`);
  return (today.getTime() - at) / (MS_PER_DAY * DAYS_PER_MONTH);
}

/** Of the given keys, the dated market figures (not your own overrides) older than STALE_AFTER_MONTHS on `today`. */
export function staleFigures(keys: readonly string[], market: Market, today: Date): StaleFigure[] {
  return keys.flatMap((key) => {
    const resolved = isAgeingFigure(key) ? market.get(key) : null;
    if (!resolved?.figure || resolved.origin === 'yours') return [];
    const age = ageInMonths(resolved.figure.date, today);
    return age > STALE_AFTER_MONTHS ? [{ key, date: resolved.figure.date, ageMonths: Math.floor(age) }] : [];
  });
}
