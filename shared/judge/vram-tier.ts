import type { VramNeed } from './data/workload-needs';
import type { GpuProfile } from './gpu-profile';
import { reason, type Reason } from './reason-text';
import { gb, round } from './result';
import type { Estimates, Verdict } from './verdict';

export interface TierResult {
  verdict: Verdict;
  reason: Reason;
  estimates: Estimates;
}

/** VRAM against a workload's need: comfortable → yes, between minimum and comfortable → limited, below minimum → no. */
export function vramTier(profile: GpuProfile, need: VramNeed): TierResult {
  const usable = profile.usableVramGB;
  if (usable === null) return { verdict: 'limited', reason: reason('vram-unknown'), estimates: { vramRequiredGB: need.comfortableGB } };
  const estimates: Estimates = { vramRequiredGB: need.comfortableGB, vramHeadroomGB: round(usable - need.comfortableGB) };
  if (usable >= need.comfortableGB) return { verdict: 'yes', reason: reason('vram-covers', { usable: gb(usable), needed: gb(need.comfortableGB) }), estimates };
  if (usable >= need.minGB * 0.97)
    return { verdict: 'limited', reason: reason('vram-below-comfortable', { usable: gb(usable), needed: gb(need.comfortableGB) }), estimates };
  return { verdict: 'no', reason: reason('vram-below-minimum', { needed: gb(need.minGB), usable: gb(usable) }), estimates };
}
