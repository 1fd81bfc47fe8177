import { halvingDefault, marketDefaults } from './defaults';
import type { Figure } from './figure';
import type { Preferences } from './preferences';

/** Plausible range per kind of figure: an override outside it is refused with the key's name. */
export function boundsFor(key: string): [number, number] {
  if (/Fee|utilisation/.test(key)) return [0, 1];
  if (/ChangeMonthly|TrendMonthly/.test(key)) return [-0.5, 0.5];
  if (key === 'btcDifficulty') return [1e9, 1e18];
  if (/NetworkHashrateHs/.test(key)) return [1, 1e24];
  if (/BlockTimeS/.test(key)) return [0.01, 3600];
  if (/Subsidy|BlockReward|FeesPerBlock/.test(key)) return [0, 1e6];
  if (key === 'eurPerUsd') return [0.1, 10];
  if (key.startsWith('rental:')) return [0, 1000];
  return [0, 1e8];
}

export function checkOverride(key: string, value: number): string | null {
  if (!(key in marketDefaults) && !/^(rental|resale):[a-z0-9-]{2,80}$/.test(key)) return `${key} is not a market figure RigShift knows`;
  const [min, max] = boundsFor(key);
  return Number.isFinite(value) && value >= min && value <= max ? null : `${key} must be between ${min} and ${max}`;
}

export interface Resolved {
  value: number;
  /** "default" (with its date and source) or "yours" (an override). */
  origin: 'default' | 'yours';
  figure: Figure | null;
}

/** Defaults with the user's overrides on top. */
export interface Market {
  get(key: string): Resolved | null;
  value(key: string, fallback?: number): number;
  halvingDate: string;
  halvingOrigin: 'default' | 'yours';
}

/** Defaults (or the figures fetched on request, which replace them with their own date and source) under the user's overrides. */
export function resolveMarket(overrides: Record<string, number>, halvingOverride: string | null, fetched: Record<string, Figure> = {}): Market {
  const get = (key: string): Resolved | null => {
    const figure = fetched[key] ?? marketDefaults[key] ?? null;
    if (key in overrides) return { value: overrides[key] ?? 0, origin: 'yours', figure };
    return figure ? { value: figure.value, origin: 'default', figure } : null;
  };
  return {
    get,
    // get(key)?.value without building the Resolved record: the projection reads figures once per device
    value: (key, fallback = Number.NaN) => (key in overrides ? (overrides[key] ?? 0) : (fetched[key] ?? marketDefaults[key])?.value) ?? fallback,
    halvingDate: halvingOverride ?? halvingDefault.value,
    halvingOrigin: halvingOverride ? 'yours' : 'default',
  };
}

/** Monthly growth rates a scenario applies; bear/bull move the coin price once, at the start (−50 % / +50 %). */
export function scenarioRates(preferences: Preferences, market: Market) {
  const s = preferences.scenario;
  const custom = preferences.custom;
  return {
    priceFactor: s === 'bear' ? 0.5 : s === 'bull' ? 1.5 : 1,
    difficulty: s === 'trend' ? market.value('btcDifficultyTrendMonthly', 0) : s === 'custom' ? custom.difficulty : 0,
    network: s === 'custom' ? custom.network : 0,
    price: s === 'custom' ? custom.price : 0,
    rental: s === 'custom' ? custom.rental : market.value('rentalRateChangeMonthly', 0),
  };
}
