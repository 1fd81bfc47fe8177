import { z } from 'zod';

/** Where a fact comes from and when it was read or published (YYYY-MM or YYYY-MM-DD). */
export const SourceSchema = z.object({
  /** Human-readable name of the source, e.g. "NVIDIA GeForce RTX 3090 product page" or "TechPowerUp GPU Database". */
  title: z.string().min(3),
  /** URL, or repository path / issue reference when the source is not a web page. */
  ref: z.string().min(3),
  /** Date the source was published or accessed. */
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
});
export type Source = z.infer<typeof SourceSchema>;
