import type { Host } from '../device/host';
import { lanesNeeded } from '../rental-audit/measure';
import { vastRules } from './data/marketplace-rules';
import type { GpuProfile } from './gpu-profile';
import { needName } from './name-text';
import { reason, type Reason } from './reason-text';
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
  const reasons: Reason[] = [];
  let verdict: Verdict = 'yes';
  const fail = (why: Reason): void => {
    verdict = 'no';
    reasons.push(why);
  };
  const warn = (why: Reason): void => {
    verdict = worst(verdict, 'limited');
    reasons.push(why);
  };
  const cc = ccNumber(profile.computeCapability);
  if (profile.vendor !== 'nvidia') fail(reason('vast-vendor'));
  else if (cc !== null && cc < vastRules.minComputeCapability) fail(reason('vast-old-nvidia'));
  if (profile.miningThrottled) fail(reason('vast-cmp'));
  const tflops = profile.spec?.fp32Tflops ?? null;
  const needed = tflops === null ? null : lanesNeeded(tflops, vastRules.pcieLanesPerTflops, vastRules.pcieMaxLanes);
  if (profile.link && needed !== null && profile.link.width < needed)
    fail(reason('vast-lanes', { width: profile.link.width, lanes: needed }));
  else if (!profile.link) warn(reason('vast-link-unknown'));
  if (profile.usableVramGB !== null && profile.usableVramGB < vastRules.verifiedMinVramGB) warn(reason('vast-verify-vram', { usable: gb(profile.usableVramGB), min: vastRules.verifiedMinVramGB }));
  if (!rig.uniform) fail(reason('vast-uniform'));
  if (host.ramGB !== null && host.ramGB < vastRules.ramGBPerGpu * rig.gpuCount) fail(reason('vast-ram', { ram: round(host.ramGB), perGpu: vastRules.ramGBPerGpu, total: vastRules.ramGBPerGpu * rig.gpuCount }));
  if (host.disk.totalGB !== null && host.disk.totalGB < vastRules.diskGBPerGpu * rig.gpuCount) fail(reason('vast-disk', { disk: round(host.disk.totalGB), perGpu: vastRules.diskGBPerGpu, total: vastRules.diskGBPerGpu * rig.gpuCount }));
  if (host.cpu.physicalCores !== null && host.cpu.physicalCores < vastRules.coresPerGpu * rig.gpuCount) fail(reason('vast-cores', { cores: host.cpu.physicalCores }));
  if (host.cpu.avx === false) fail(reason('vast-avx'));
  if (host.ramGB === null || host.disk.totalGB === null) warn(reason('vast-host-unknown'));
  reasons.push(reason('vast-upload', { min: vastRules.minUploadMbps, perGiB: vastRules.verifiedMbpsPerGiB, floor: vastRules.verifiedMbpsFloor, ceiling: vastRules.verifiedMbpsCeiling }));
  if (verdict === 'yes') reasons.unshift(reason('vast-meets'));
  return workload('rental-marketplace', needName('rental-marketplace'), 'rental', verdict, reasons, {});
}
