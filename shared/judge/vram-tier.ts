import type { VramNeed } from './data/workload-needs';
import type { GpuProfile } from './gpu-profile';
import { gb, round } from './result';
import type { Estimates, Verdict } from './verdict';

export interface TierResult {
  verdict: Verdict;
  reason: string;
  estimates: Estimates;
}

/** VRAM against a workload's need: comfortable → yes, between minimum and comfortable → limited, below minimum → no. */
export function vramTier(profile: GpuProfile, need: VramNeed): TierResult {
  const usable = profile.usableVramGB;
  if (usable === null) return { verdict: 'limited', reason: 'VRAM unknown: cannot tell whether it fits', estimates: { vramRequiredGB: need.comfortableGB } };
  const estimates: Estimates = { vramRequiredGB: need.comfortableGB, vramHeadroomGB: round(usable - need.comfortableGB) };
  if (usable >= need.comfortableGB) return { verdict: 'yes', reason: `${gb(usable)} of VRAM covers the ${gb(need.comfortableGB)} it needs`, estimates };
  if (usable >= need.minGB * 0.97)
    return { verdict: 'limited', reason: `${gb(usable)} of VRAM is below the comfortable ${gb(need.comfortableGB)}: needs offloading or tiling, slower`, estimates };
  return { verdict: 'no', reason: `Needs at least ${gb(need.minGB)} of VRAM; this GPU has ${gb(usable)}`, estimates };
}
