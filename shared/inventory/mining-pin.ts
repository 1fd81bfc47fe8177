import { z } from 'zod';
import { GpuCoinSchema } from '../earnings/gpu-coin';

/** Highest hashrate a user may pin per card (H/s): 1 PH/s, far above any GPU. */
export const MAX_PIN_HASHRATE_HS = 1e15;

/**
 * The user's own mining figures for one GPU item, per card: a coin to mine (else the best one), the hashrate on that
 * coin's algorithm, and the wall power while mining. Each beats a LAN miner's report, which beats the hashrate table.
 */
export const MiningPinSchema = z
  .object({
    coin: GpuCoinSchema.optional(),
    hashrateHs: z.number().finite().gt(0).lt(MAX_PIN_HASHRATE_HS).optional(),
    wallPowerW: z.number().finite().min(1).max(5000).optional(),
  })
  .strict()
  .refine((p) => p.hashrateHs === undefined || p.coin !== undefined, 'a hashrate needs the coin it is mined on (its algorithm)');
export type MiningPin = z.infer<typeof MiningPinSchema>;
