import type { MarketState } from '../../shared/api/market-schemas';
import { RigError } from '../../shared/api/envelope';
import { checkOverride } from '../../shared/market/assumptions';
import { halvingDefault, marketDefaults } from '../../shared/market/defaults';
import { defaultPreferences as defaultPrefs, type Preferences } from '../../shared/market/preferences';
import type { SettingsStore } from './settings/settings-store';

export function marketState(settings: SettingsStore): MarketState {
  const s = settings.read();
  return { defaults: marketDefaults, halvingDefault, overrides: s.marketOverrides, halvingOverride: s.halvingOverride, preferences: s.preferences, updates: s.marketUpdates };
}

interface SetMarket {
  overrides?: Record<string, number>;
  halvingOverride?: string | null;
  preferences?: Partial<Preferences>;
}

/** Validates every override against its key's range (the message names the input) before anything is stored. */
export function setMarket(settings: SettingsStore, input: SetMarket): MarketState {
  const problems = Object.entries(input.overrides ?? {}).flatMap(([key, value]) => {
    const problem = checkOverride(key, value);
    return problem ? [problem] : [];
  });
  if (input.halvingOverride && Number.isNaN(Date.parse(input.halvingOverride))) problems.push('halvingOverride is not a date');
  if (problems.length > 0) throw new RigError('invalid_input', problems.join('; '));
  settings.update((current) => ({
    ...current,
    marketOverrides: { ...current.marketOverrides, ...(input.overrides ?? {}) },
    halvingOverride: input.halvingOverride === undefined ? current.halvingOverride : input.halvingOverride,
    preferences: { ...current.preferences, ...(input.preferences ?? {}) },
  }));
  return marketState(settings);
}

export function resetMarket(settings: SettingsStore, input: { keys?: string[]; preferences?: boolean }): MarketState {
  settings.update((current) => {
    const overrides = input.keys ? Object.fromEntries(Object.entries(current.marketOverrides).filter(([key]) => !input.keys?.includes(key))) : {};
    const halving = input.keys && !input.keys.includes('halvingDate') ? current.halvingOverride : null;
    return { ...current, marketOverrides: overrides, halvingOverride: halving, preferences: input.preferences ? { ...current.preferences, ...defaultPrefs() } : current.preferences };
  });
  return marketState(settings);
}

