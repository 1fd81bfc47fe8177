import { z } from 'zod';
import { FigureSchema } from '../market/figure';
import { HalvingOverrideSchema, PreferencesSchema } from '../market/preferences';

export const MarketStateSchema = z.object({
  /** The dated defaults shipped with the app, by key. */
  defaults: z.record(z.string(), FigureSchema),
  halvingDefault: z.object({ value: z.string(), date: z.string(), source: z.string() }),
  /** The user's overrides of those defaults. */
  overrides: z.record(z.string(), z.number()),
  halvingOverride: HalvingOverrideSchema,
  preferences: PreferencesSchema,
});
export type MarketState = z.infer<typeof MarketStateSchema>;

export const SetMarketInputSchema = z
  .object({
    overrides: z.record(z.string().max(80), z.number().finite()).optional(),
    halvingOverride: HalvingOverrideSchema.optional(),
    preferences: PreferencesSchema.partial().optional(),
  })
  .strict();

export const ResetMarketInputSchema = z.object({ keys: z.array(z.string().max(80)).max(500).optional(), preferences: z.boolean().optional() }).strict();
