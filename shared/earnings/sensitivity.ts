import type { Market } from '../market/assumptions';
import type { Preferences } from '../market/preferences';
import type { Hardware } from './hardware-plan';
import { projectHardware, type Pinned } from './project-hardware';

export interface SensitivityPoint {
  x: number;
  mine: number | null;
  rent: number | null;
}

const twelveMonths = (hw: Hardware, market: Market, preferences: Preferences, pinned: Pinned) => {
  const p = projectHardware(hw, market, { ...preferences, months: 12 }, pinned).projection;
  return { mine: p.mine?.months.at(-1)?.cumulative ?? null, rent: p.rent?.months.at(-1)?.cumulative ?? null };
};

/** 12-month profit against the coin price, as multiples of today's (0.25× … 2×). */
export function priceSensitivity(hw: Hardware, market: Market, preferences: Preferences, pinned: Pinned = {}): SensitivityPoint[] {
  return [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2].map((factor) => ({ x: factor, ...twelveMonths(hw, market, preferences, { ...pinned, rates: { ...pinned.rates, priceFactor: factor } }) }));
}

/** 12-month profit against the electricity price (in the user's currency per kWh). */
export function electricitySensitivity(hw: Hardware, market: Market, preferences: Preferences, pinned: Pinned = {}): SensitivityPoint[] {
  return [0, 0.03, 0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3].map((kwh) => ({ x: kwh, ...twelveMonths(hw, market, { ...preferences, electricityPerKwh: kwh }, pinned) }));
}
