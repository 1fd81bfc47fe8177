import { renderNeed } from './data/workload-needs';
import type { GpuProfile } from './gpu-profile';
import { needName } from './name-text';
import { reason, type Reason } from './reason-text';
import { workload } from './result';
import { ccNumber } from './software-support';
import { vramTier } from './vram-tier';
import { worst, type Verdict, type WorkloadResult } from './verdict';

/** Blender Cycles GPU back ends per the Blender manual: CUDA/OptiX CC ≥ 5.0, HIP RDNA1+, oneAPI Arc, Metal Apple silicon. */
function cyclesBackend(profile: GpuProfile): { backend: string | null; reason: Reason } {
  if (profile.vendor === 'nvidia') {
    const cc = ccNumber(profile.computeCapability);
    if (cc === null) return { backend: 'CUDA', reason: reason('cycles-cc-unknown') };
    if (cc < 5) return { backend: null, reason: reason('cycles-cc-old') };
    return cc >= 7.5 ? { backend: 'OptiX', reason: reason('cycles-optix') } : { backend: 'CUDA', reason: reason('cycles-cuda') };
  }
  if (profile.vendor === 'amd') {
    const rdna = /^gfx1\d/.test(profile.gfxTarget ?? '');
    return rdna ? { backend: 'HIP', reason: reason('cycles-hip') } : { backend: null, reason: profile.gfxTarget ? reason('cycles-hip-old', { gfx: profile.gfxTarget }) : reason('cycles-hip-old-unknown') };
  }
  if (profile.vendor === 'intel') return profile.spec?.segment === 'integrated' ? { backend: null, reason: reason('cycles-needs-arc') } : { backend: 'oneAPI', reason: reason('cycles-oneapi') };
  if (profile.vendor === 'apple') return { backend: 'Metal', reason: reason('cycles-metal') };
  return { backend: null, reason: reason('cycles-unknown') };
}

export function judgeRender(profile: GpuProfile): WorkloadResult {
  const { backend, reason: why } = cyclesBackend(profile);
  const tier = vramTier(profile, renderNeed);
  let cap: Verdict = backend ? 'yes' : 'no';
  const reasons = [why, tier.reason];
  if (profile.miningThrottled) {
    cap = 'no';
    reasons.push(reason('cycles-cmp'));
  }
  return workload(renderNeed.id, backend ? { code: 'render-via', values: { backend } } : needName(renderNeed.id), 'render', worst(tier.verdict, cap), reasons, tier.estimates);
}
