import type { AsicSpec } from '../catalogue/asic-spec';
import { formatHashrate } from '../units/hashrate';

/** Above this many times the model's nominal hashrate the figure is a unit or firmware error, not a fast miner. */
export const HASHRATE_MAX_FACTOR = 3;
/** Below this fraction, the miner is reported as under-performing (failed boards, throttled), not rejected. */
export const HASHRATE_LOW_FACTOR = 0.3;
/** Nothing on Earth hashes faster than this per device (a whole S21 XP Hydro is 4.73e14 H/s). */
const ABSURD_HS = 1e17;

export function checkHashrate(value: number | null, spec: AsicSpec | undefined): { value: number | null; warning: string | null } {
  if (value === null) return { value, warning: null };
  if (!Number.isFinite(value) || value < 0) return { value: null, warning: 'Reported hashrate is not a valid number and was ignored' };
  if (value > ABSURD_HS) return { value: null, warning: `Reported hashrate (${value.toExponential(2)} H/s) is impossible and was ignored` };
  if (!spec || value === 0) return { value, warning: null };
  const ratio = value / spec.hashrateHs;
  if (ratio > HASHRATE_MAX_FACTOR)
    return { value: null, warning: `Reported hashrate ${formatHashrate(value)} is far above the ${spec.name}'s nominal ${formatHashrate(spec.hashrateHs)}; ignored` };
  if (ratio < HASHRATE_LOW_FACTOR) return { value, warning: `Hashrate ${formatHashrate(value)} is well below the nominal ${formatHashrate(spec.hashrateHs)}: failed boards or throttled?` };
  return { value, warning: null };
}
