import type { GpuDevice } from '../device/device';
import type { Host } from '../device/host';
import { profileOf } from '../judge/gpu-profile';
import type { AuditGpu, AuditRig, OsName } from './rig';

/** Host.ramGB and Host.disk are computed in GiB (shared/hardware/build-host.ts divides by 2^30); SSD rules are decimal GB. */
export const GB_PER_GIB = 2 ** 30 / 1e9;

/** The OS family the marketplaces name, from the scanner's platform and distro. */
export function osNameOf(os: Host['os']): OsName | null {
  const distro = os.distro ?? '';
  if (/hive/i.test(distro)) return 'hiveos';
  if (/ubuntu/i.test(distro)) return 'ubuntu';
  const platform = os.platform ?? '';
  if (/^win/i.test(platform) || /windows/i.test(distro)) return 'windows';
  if (/linux/i.test(platform)) return 'linux';
  return platform || distro ? 'other' : null;
}

/** One group per catalogue model (or detected name); the narrowest detected link of the group counts. */
function gpuGroups(devices: readonly GpuDevice[]): AuditGpu[] {
  const groups = new Map<string, AuditGpu>();
  for (const device of devices) {
    const p = profileOf(device);
    const key = p.spec?.id ?? device.rawName.trim().toLowerCase();
    const width = p.link?.detected ? p.link.width : null;
    const held = groups.get(key);
    if (held) {
      held.count += device.count;
      held.pcieWidth = held.pcieWidth === null || width === null ? null : Math.min(held.pcieWidth, width);
      continue;
    }
    groups.set(key, {
      modelId: p.spec?.id ?? null,
      name: p.spec?.name ?? device.rawName,
      vendor: device.vendor,
      count: device.count,
      vramGiB: p.vramGB,
      fp32Tflops: p.spec?.fp32Tflops ?? null,
      computeCapability: p.computeCapability && /^\d+\.\d+$/.test(p.computeCapability) ? p.computeCapability : null,
      pcieWidth: width,
    });
  }
  return [...groups.values()];
}

/** A scanned or hand-entered machine as the audit's input (integrated GPUs left out). */
export function auditRigFromMachine(id: string, name: string, host: Host, devices: readonly GpuDevice[]): AuditRig {
  const cards = devices.filter((d) => !profileOf(d).integrated);
  return {
    id,
    name,
    gpus: gpuGroups(cards),
    ramGiB: host.ramGB,
    cpuCores: host.cpu.physicalCores,
    cpuThreads: host.cpu.threads,
    avx: host.cpu.avx,
    freeSsdGB: host.disk.freeGB === null ? null : Math.floor(host.disk.freeGB * GB_PER_GIB + 1e-6),
    os: osNameOf(host.os),
  };
}
