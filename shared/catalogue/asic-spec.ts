import { z } from 'zod';
import { SourceSchema } from './source';

export const MiningAlgorithmSchema = z.enum(['sha256', 'scrypt', 'kheavyhash', 'equihash', 'x11', 'etchash', 'blake3', 'blake2b', 'eaglesong', 'other']);
export type MiningAlgorithm = z.infer<typeof MiningAlgorithmSchema>;

export const AsicSpecSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  make: z.string(),
  /** Model name as the maker writes it, e.g. "Antminer S19 Pro". */
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  algorithm: MiningAlgorithmSchema,
  /** Nominal hashrate in hashes per second (e.g. 110 TH/s = 110e12). */
  hashrateHs: z.number().positive(),
  /** Nominal wall power in watts. */
  powerW: z.number().positive(),
  releaseYear: z.number().int().min(2013).max(2027),
  cooling: z.enum(['air', 'hydro', 'immersion']).default('air'),
  notes: z.string().optional(),
  source: SourceSchema,
});
export type AsicSpec = z.infer<typeof AsicSpecSchema>;
export type AsicSpecInput = z.input<typeof AsicSpecSchema>;
