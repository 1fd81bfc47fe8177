import { deviceWarning } from '../device/warning-text';
import type { Message } from '../text/message';
import type { AsicSpec } from '../catalogue/asic-spec';
import { formatHashrate } from '../units/hashrate';

/** Above this many times the model's nominal hashrate the figure is a unit or firmware error, not a fast miner. */
export const HASHRATE_MAX_FACTOR = 3;
/** Below this fraction, the miner is reported as under-performing (failed boards, throttled), not rejected. */
export const HASHRATE_LOW_FACTOR = 0.3;
/** Nothing on Earth hashes faster than this per device (a whole S21 XP Hydro is 4.73e14 H/s). */
const ABSURD_HS = 1e17;

export function checkHashrate(value: number | null, spec: AsicSpec | undefined): { value: number | null; warning: Message | null } {
  if (value === null) return { value, warning: null };
  if (!Number.isFinite(value) || value < 0) return { value: null, warning: deviceWarning('hashrate-invalid') };
  if (value > ABSURD_HS) return { value: null, warning: deviceWarning('hashrate-impossible', { hs: value.toExponential(2) }) };
  if (!spec || value === 0) return { value, warning: null };
  const ratio = value / spec.hashrateHs;
  if (ratio > HASHRATE_MAX_FACTOR)
    return { value: null, warning: deviceWarning('hashrate-too-high', { hashrate: formatHashrate(value), name: spec.name, nominal: formatHashrate(spec.hashrateHs) }) };
  if (ratio < HASHRATE_LOW_FACTOR) return { value, warning: deviceWarning('hashrate-low', { hashrate: formatHashrate(value), nominal: formatHashrate(spec.hashrateHs) }) };
  return { value, warning: null };
}
