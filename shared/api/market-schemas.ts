import { z } from 'zod';
import { FigureSchema } from '../market/figure';
import { MarketUpdatesSchema } from '../market/market-updates';
import { HalvingOverrideSchema, PreferencesSchema } from '../market/preferences';

export const MarketStateSchema = z.object({
  /** The dated defaults shipped with the app, by key. */
  defaults: z.record(z.string(), FigureSchema),
  halvingDefault: z.object({ value: z.string(), date: z.string(), source: z.string() }),
  /** The user's overrides of those defaults. */
  overrides: z.record(z.string(), z.number()),
  halvingOverride: HalvingOverrideSchema,
  preferences: PreferencesSchema,
  /** Figures fetched on request (they replace the defaults they name, with their own date and source). */
  updates: MarketUpdatesSchema,
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

/** What one "Update market figures" did, per source: the figures it refreshed, or why it could not. */
export const MarketSourceReportSchema = z.object({
  source: z.string().max(40),
  name: z.string().max(80),
  url: z.string().max(200),
  updated: z.array(z.string().max(80)).max(50),
  /** Figures refused as implausible or unreadable, with the reason (the old figure stays). */
  rejected: z.array(z.object({ key: z.string().max(80), reason: z.string().max(300) })).max(50),
  /** Set when the source (or part of it) could not be read (offline, timeout, bad reply): those figures stay as they were. */
  error: z.string().max(300).nullable(),
  /** The first failure as a code, for the interface to word: timeout, cancelled, http, not-json, too-large, unreachable, unexpected-reply. */
  problem: z.enum(['timeout', 'cancelled', 'http', 'not-json', 'too-large', 'unreachable', 'unexpected-reply']).nullable(),
});
export type MarketSourceReport = z.infer<typeof MarketSourceReportSchema>;

export const UpdateMarketResultSchema = z.object({ state: MarketStateSchema, sources: z.array(MarketSourceReportSchema).max(10) });
export type UpdateMarketResult = z.infer<typeof UpdateMarketResultSchema>;
