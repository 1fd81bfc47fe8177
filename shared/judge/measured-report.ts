import { z } from 'zod';

/** One stored measurement as scan/judge reports carry it: what was measured, and the judge's estimate for that same model and quant. */
export const MeasuredSchema = z.object({
  model: z.string().max(120),
  quant: z.string().max(20),
  parameters: z.number().int().nonnegative().nullable(),
  backend: z.string().max(20),
  build: z.string().max(120),
  at: z.string().max(40),
  contextTokens: z.number().int().nonnegative(),
  promptTokensPerSecond: z.number().nonnegative(),
  decodeTokensPerSecond: z.number().nonnegative(),
  /** The judge's figures for this model, quant and backend on this device (null where it makes none). */
  estimated: z.object({ decodeTokensPerSecond: z.number().nonnegative().nullable(), promptTokensPerSecond: z.number().nonnegative().nullable() }),
  /** measured ÷ estimated decode (shared/judge/rescale.ts); null without an estimate. */
  ratio: z.number().positive().nullable(),
  /** Read from a measurement file (`bench --import`) rather than run on this machine. */
  imported: z.boolean().optional(),
});
export type Measured = z.infer<typeof MeasuredSchema>;

/** On an LLM row whose decode figures were rescaled from a measurement on the same device and backend. */
export const RescaledSchema = z.object({
  ratio: z.number().positive(),
  /** The decode estimate before rescaling. */
  estimatedDecodeTokensPerSecond: z.number().nonnegative(),
  model: z.string().max(120),
  quant: z.string().max(20),
  at: z.string().max(40),
  /** English: "rescaled from your measurement of X Q4_K_M on 2026-12-07 (×0.8)". */
  basis: z.string().max(300),
});
export type Rescaled = z.infer<typeof RescaledSchema>;
