import { z } from 'zod';
import { boundsFor } from './assumptions';
import { FigureSchema, type Figure } from './figure';

/**
 * Figures fetched by "Update market figures", kept in the settings file between the shipped defaults and the user's
 * own overrides: each keeps its date and source, an override still wins, and a failed update leaves them as they were.
 */
export const MAX_FETCHED_FIGURES = 50;
export const MarketUpdatesSchema = z.object({
  figures: z.record(z.string().max(80), FigureSchema).refine((f) => Object.keys(f).length <= MAX_FETCHED_FIGURES, 'too many fetched figures'),
  /** When the last update that changed anything finished (ISO); null = never updated. */
  fetchedAt: z.string().max(40).nullable(),
});
export type MarketUpdates = z.infer<typeof MarketUpdatesSchema>;
export const noMarketUpdates = (): MarketUpdates => ({ figures: {}, fetchedAt: null });

/**
 * How far a fetched figure may sit from the shipped one before it is taken for a unit or API error (prices move, but a
 * coin does not gain ×20 between two releases; block fees spike, so they get more room).
 */
export const plausibleFactor = (key: string): number => (/Fees/.test(key) ? 200 : 20);

/** Why a fetched value is refused, or null when it can be used. */
export function checkFetched(key: string, value: number, shipped: Figure | undefined): string | null {
  if (!shipped) return `${key} is not a market figure RigShift knows`;
  const [min, max] = boundsFor(key);
  if (!Number.isFinite(value) || value < min || value > max) return `${key} = ${value} is outside ${min}…${max}`;
  if (shipped.value > 0 && value > 0) {
    const ratio = value / shipped.value;
    const factor = plausibleFactor(key);
    if (ratio > factor || ratio < 1 / factor) return `${key} = ${value} is more than ${factor}× away from the shipped ${shipped.value} (${shipped.date}): taken for an API or unit error`;
  }
  return null;
}

/** A fetched value as a dated figure: the shipped figure's unit, the day it was fetched, the API it came from. */
export const fetchedFigure = (value: number, shipped: Figure, source: string, at: Date): Figure => ({
  value,
  unit: shipped.unit,
  date: at.toISOString().slice(0, 10),
  source,
});
