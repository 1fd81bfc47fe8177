import { inEnglish } from '../text/english-templates';
import { verbatim, type Message } from '../text/message';
import type { Device, GpuDevice } from '../device/device';
import type { Host } from '../device/host';
import { profileOf } from './gpu-profile';
import { judgeAsic } from './judge-asic';
import { judgeGpu } from './judge-gpu';
import { judgeRigLlm } from './judge-rig';
import type { DeviceReport, JudgeReport } from './report';
import { round } from './result';
import type { WorkloadResult } from './verdict';

export const summarise = (workloads: WorkloadResult[]): DeviceReport['summary'] => ({
  yes: workloads.filter((w) => w.verdict === 'yes').length,
  limited: workloads.filter((w) => w.verdict === 'limited').length,
  no: workloads.filter((w) => w.verdict === 'no').length,
});

/** Expands "6× RTX 3070" entries into one profile per card for pooling. */
const cards = (gpus: GpuDevice[]) => gpus.flatMap((gpu) => Array.from({ length: gpu.count }, () => profileOf(gpu)));

/** Judges every device of one machine (or one hand-entered rig) and pools its GPUs for large LLMs. */
export function judgeMachine(host: Host, devices: Device[], warnings: ReadonlyArray<string | Message> = [], now: Date = new Date()): JudgeReport {
  const noticed = warnings.map((w) => (typeof w === 'string' ? verbatim(w) : w));
  const gpus = devices.filter((d): d is GpuDevice => d.kind === 'gpu');
  // The rig is the cards that can work: integrated graphics and cards the driver lost do not count.
  const rigGpus = gpus.filter((gpu) => !gpu.fault && !profileOf(gpu).integrated);
  const gpuCount = rigGpus.reduce((sum, gpu) => sum + gpu.count, 0);
  const uniform = new Set(rigGpus.map((gpu) => gpu.match.id ?? gpu.rawName)).size <= 1;
  const reports: DeviceReport[] = devices.map((device) => {
    if (device.kind === 'asic') {
      const { workloads, budget } = judgeAsic(device);
      return { device, workloads, summary: summarise(workloads), integrated: false, powerBudget: budget };
    }
    const workloads = judgeGpu(device, host, { gpuCount, uniform });
    return { device, workloads, summary: summarise(workloads), integrated: profileOf(device).integrated, powerBudget: null };
  });
  const profiles = cards(rigGpus);
  return {
    tool: 'rigshift',
    generatedAt: now.toISOString(),
    host,
    devices: reports,
    rig: {
      gpus: profiles.length,
      totalVramGB: round(profiles.reduce((sum, p) => sum + (p.vramGB ?? 0), 0)),
      pooled: judgeRigLlm(profiles, host),
    },
    warnings: noticed.map(inEnglish),
    warningCodes: noticed,
  };
}
