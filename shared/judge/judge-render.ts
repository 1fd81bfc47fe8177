import { renderNeed } from './data/workload-needs';
import type { GpuProfile } from './gpu-profile';
import { workload } from './result';
import { ccNumber } from './software-support';
import { vramTier } from './vram-tier';
import { worst, type Verdict, type WorkloadResult } from './verdict';

/** Blender Cycles GPU back ends per the Blender manual: CUDA/OptiX CC ≥ 5.0, HIP RDNA1+, oneAPI Arc, Metal Apple silicon. */
function cyclesBackend(profile: GpuProfile): { backend: string | null; reason: string } {
  if (profile.vendor === 'nvidia') {
    const cc = ccNumber(profile.computeCapability);
    if (cc === null) return { backend: 'CUDA', reason: 'Compute capability unknown; Cycles needs 5.0 or newer' };
    if (cc < 5) return { backend: null, reason: 'Cycles needs compute capability 5.0 or newer' };
    return cc >= 7.5 ? { backend: 'OptiX', reason: 'Cycles renders with OptiX and hardware ray tracing' } : { backend: 'CUDA', reason: 'Cycles renders with CUDA (no RT cores, so OptiX is slower here)' };
  }
  if (profile.vendor === 'amd') {
    const rdna = /^gfx1\d/.test(profile.gfxTarget ?? '');
    return rdna ? { backend: 'HIP', reason: 'Cycles renders with HIP (RDNA or newer)' } : { backend: null, reason: `Cycles HIP needs RDNA (RX 5000) or newer; ${profile.gfxTarget ?? 'this GPU'} renders on the CPU only` };
  }
  if (profile.vendor === 'intel') return profile.spec?.segment === 'integrated' ? { backend: null, reason: 'Cycles oneAPI needs an Arc GPU' } : { backend: 'oneAPI', reason: 'Cycles renders with oneAPI' };
  if (profile.vendor === 'apple') return { backend: 'Metal', reason: 'Cycles renders with Metal' };
  return { backend: null, reason: 'Unknown GPU: no Cycles back end known' };
}

export function judgeRender(profile: GpuProfile): WorkloadResult {
  const { backend, reason } = cyclesBackend(profile);
  const tier = vramTier(profile, renderNeed);
  let cap: Verdict = backend ? 'yes' : 'no';
  const reasons = [reason, tier.reason];
  if (profile.miningThrottled) {
    cap = 'no';
    reasons.push('CMP mining card: FP32 maths throttled, path tracing is far slower than the same die in a gaming card');
  }
  return workload(renderNeed.id, `${renderNeed.label}${backend ? ` via ${backend}` : ''}`, 'render', worst(tier.verdict, cap), reasons, tier.estimates);
}
