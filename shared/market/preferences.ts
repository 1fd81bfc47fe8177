import { z } from 'zod';

export const CurrencySchema = z.enum(['USD', 'EUR']);
export type Currency = z.infer<typeof CurrencySchema>;

export const ScenarioSchema = z.enum(['flat', 'bear', 'bull', 'trend', 'custom']);
export type Scenario = z.infer<typeof ScenarioSchema>;

const rate = z.number().finite().min(-0.5).max(0.5);

/** The user's own inputs: first-class settings, persisted, never dated (they are not market facts). */
export const PreferencesSchema = z.object({
  /** Price per kWh in the chosen currency. */
  electricityPerKwh: z.number().finite().min(0).max(5),
  currency: CurrencySchema,
  scenario: ScenarioSchema,
  months: z.number().int().min(1).max(60),
  /** Rental marketplace whose fee applies ("platformFee:<id>"). */
  platform: z.string().max(40),
  /** Monthly growth rates of the custom scenario. */
  custom: z.object({ difficulty: rate, price: rate, network: rate, rental: rate }),
  /** Hours a day you would use your own GPUs for AI work (the plan values them at marketplace prices). */
  ownUseHoursPerDay: z.number().finite().min(0).max(24),
  /** Rank your own AI use (a value to you, not money received) with the cash options; off: it never ranks above one. */
  rankOwnUseAsCash: z.boolean(),
  /** Interface language: the system's (when RigShift speaks it), or a choice. */
  language: z.enum(['auto', 'en', 'it']),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const defaultPreferences = (): Preferences => ({
  electricityPerKwh: 0.12,
  currency: 'USD',
  scenario: 'flat',
  months: 24,
  platform: 'vast',
  custom: { difficulty: 0, price: 0, network: 0, rental: 0 },
  ownUseHoursPerDay: 2,
  rankOwnUseAsCash: false,
  language: 'auto',
});

/**
 * Stored preferences from an older version lack the fields added since: they get their defaults (no default lives
 * on the fields themselves, so a partial update never resets what it does not mention).
 */
export const StoredPreferencesSchema = z.preprocess(
  (value) => (value && typeof value === 'object' && !Array.isArray(value) ? { ...defaultPreferences(), ...value } : value),
  PreferencesSchema,
);

/** User overrides of dated defaults: key → value (bounded by the key's kind in assumptions.ts). */
export const OverridesSchema = z.record(z.string().max(80), z.number().finite()).refine((o) => Object.keys(o).length <= 500, 'too many overrides');
export const HalvingOverrideSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();
