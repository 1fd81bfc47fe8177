import { z } from 'zod';

/** One dated market figure with its source: every default the projections use is one of these. */
export const FigureSchema = z.object({
  value: z.number().finite(),
  /** Unit in words: "USD", "USD per GPU-hour", "fraction", "H/s", "BTC per block", "USD per device". */
  unit: z.string(),
  /** When the figure was true (YYYY-MM or YYYY-MM-DD). */
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  source: z.string().min(3),
  note: z.string().optional(),
});
export type Figure = z.infer<typeof FigureSchema>;
