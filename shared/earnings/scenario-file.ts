import { z } from 'zod';
import { checkOverride } from '../market/assumptions';
import { ScenarioSchema } from '../market/preferences';

/*
 * A scenario file for `project --file`: the same inputs as the flags (same names, without "--"), a `market` block
 * keyed like the app's assumptions (btcPriceUsd, ltcNetworkHashrateHs…), and one device or a list of devices (a site).
 * Values are checked again by the flag parser, so the messages and ranges are the flags' own.
 */

const value = z.union([z.string().max(200), z.number().finite()]);

/** Keys that describe one piece of hardware (allowed at the top level for a one-device file, or in `devices`). */
export const DEVICE_KEYS = ['asic', 'gpu', 'hashrate', 'algorithm', 'coin', 'count', 'power', 'idle-power', 'rent-per-hour', 'utilization', 'platform-fee', 'resale'] as const;
/** Keys that apply to the whole run. */
export const RUN_KEYS = ['electricity', 'months', 'start', 'currency', 'capex', 'halving-date', 'difficulty-growth', 'network-growth', 'price-growth', 'reward-change', 'rate-change', 'pool-fee'] as const;
/** Coin figures by flag name: only for one-device files (a site mixing coins uses `market`). */
export const COIN_KEYS = ['coin-price', 'difficulty', 'network-hashrate', 'block-reward', 'block-time', 'fees-per-block'] as const;

const keyed = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, value.optional()])) as Record<K, z.ZodOptional<typeof value>>).strict();

export const DeviceEntrySchema = keyed(DEVICE_KEYS);

export const ScenarioFileSchema = keyed([...DEVICE_KEYS, ...RUN_KEYS, ...COIN_KEYS])
  .extend({
    name: z.string().max(200).optional(),
    scenario: ScenarioSchema.optional(),
    market: z
      .record(z.string().max(80), z.number().finite())
      .refine((m) => Object.keys(m).length <= 500, 'too many market figures')
      .superRefine((m, ctx) => {
        for (const [key, v] of Object.entries(m)) {
          const problem = checkOverride(key, v);
          if (problem) ctx.addIssue({ code: 'custom', path: [key], message: problem });
        }
      })
      .optional(),
    devices: z.array(DeviceEntrySchema).min(1).max(200).optional(),
  })
  .strict();
export type ScenarioFile = z.infer<typeof ScenarioFileSchema>;

/** Flag tokens (["--asic", "Antminer S19 Pro", …]) for the given keys of an entry. */
export function toFlagTokens(entry: Record<string, unknown>, keys: readonly string[]): string[] {
  return keys.flatMap((key) => (entry[key] === undefined ? [] : [`--${key}`, String(entry[key])]));
}
