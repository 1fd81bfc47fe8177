import type { Host } from '../device/host';
import { vastRules } from './data/marketplace-rules';
import type { GpuProfile } from './gpu-profile';
import { gb, round, workload } from './result';
import { ccNumber } from './software-support';
import { worst, type Verdict, type WorkloadResult } from './verdict';

export interface RigContext {
  /** GPUs in the same machine. */
  gpuCount: number;
  /** Every GPU of the machine is the same catalogue model (Vast requires it). */
  uniform: boolean;
}

/** GPU-rental marketplace eligibility, checked against Vast.ai's published host rules (the strictest public ones). */
export function judgeRental(profile: GpuProfile, host: Host, rig: RigContext): WorkloadResult {
  const reasons: string[] = [];
  let verdict: Verdict = 'yes';
  const fail = (why: string): void => {
    verdict = 'no';
    reasons.push(why);
  };
  const warn = (why: string): void => {
    verdict = worst(verdict, 'limited');
    reasons.push(why);
  };
  const cc = ccNumber(profile.computeCapability);
  if (profile.vendor !== 'nvidia') fail('Vast.ai lists NVIDIA 10-series or newer (and only a few AMD models)');
  else if (cc !== null && cc < vastRules.minComputeCapability) fail('Vast.ai needs an NVIDIA 10-series or newer GPU');
  if (profile.miningThrottled) fail('CMP mining cards have throttled maths and no display output: renters expect full CUDA compute');
  const tflops = profile.spec?.fp32Tflops ?? null;
  const lanesNeeded = tflops === null ? null : Math.ceil(tflops * vastRules.pcieLanesPerTflops);
  if (profile.link && lanesNeeded !== null && profile.link.width < lanesNeeded)
    fail(`PCIe x${profile.link.width} link: Vast.ai requires 1 lane per 2.5 TFLOPS, x${lanesNeeded} for this GPU (x1 risers do not list)`);
  else if (!profile.link) warn('PCIe link width unknown: Vast.ai requires 1 lane per 2.5 TFLOPS');
  if (profile.usableVramGB !== null && profile.usableVramGB < vastRules.verifiedMinVramGB) warn(`${gb(profile.usableVramGB)} of VRAM: lists, but verification needs ≥ ${vastRules.verifiedMinVramGB} GB`);
  if (!rig.uniform) fail('Vast.ai requires every GPU in the machine to be the same model');
  if (host.ramGB !== null && host.ramGB < vastRules.ramGBPerGpu * rig.gpuCount) fail(`${round(host.ramGB)} GB RAM: needs ${vastRules.ramGBPerGpu} GB per GPU (${vastRules.ramGBPerGpu * rig.gpuCount} GB)`);
  if (host.disk.totalGB !== null && host.disk.totalGB < vastRules.diskGBPerGpu * rig.gpuCount) fail(`${round(host.disk.totalGB)} GB disk: needs an SSD with ${vastRules.diskGBPerGpu} GB per GPU (${vastRules.diskGBPerGpu * rig.gpuCount} GB)`);
  if (host.cpu.physicalCores !== null && host.cpu.physicalCores < vastRules.coresPerGpu * rig.gpuCount) fail(`${host.cpu.physicalCores} CPU cores: needs one physical core per GPU`);
  if (host.cpu.avx === false) fail('CPU lacks AVX, which Vast.ai requires');
  if (host.ramGB === null || host.disk.totalGB === null) warn('Host RAM or disk unknown: Vast.ai needs 4 GB RAM and 128 GB SSD per GPU');
  reasons.push(`Upload bandwidth not measured: listing needs ≥ ${vastRules.minUploadMbps} Mbps, verification ≈ ${vastRules.verifiedMbpsPerGiB} Mbps per GiB of VRAM (${vastRules.verifiedMbpsFloor}–${vastRules.verifiedMbpsCeiling} Mbps)`);
  if (verdict === 'yes') reasons.unshift('Meets the Vast.ai listing rules RigShift can check');
  return workload('rental-marketplace', 'GPU rental marketplaces (Vast.ai rules)', 'rental', verdict, reasons, {});
}
