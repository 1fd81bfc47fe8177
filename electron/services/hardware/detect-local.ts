import { deviceWarning, warningsFrom } from '../../../shared/device/warning-text';
import type { Message } from '../../../shared/text/message';
import type { AbortSignalLike } from '../../../shared/api/abort';
import type { ScanProgress, LocalScan } from '../../../shared/api/schemas';
import { buildGpuDevices } from '../../../shared/hardware/build-gpu-devices';
import { buildHost } from '../../../shared/hardware/build-host';
import { readNvidiaSmi } from './nvidia-smi';
import { forkLauncher, probeSystem, type ProbeLauncher } from './si-probe';
import { readSysfsGpus } from './sysfs-gpus';

export interface DetectOptions {
  /** Overall deadline; nvidia-smi gets a share of it. */
  timeoutMs?: number;
  /** Where sysfs is mounted (/sys on a real machine; a fixture folder in tests). */
  sysfsRoot?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  launcher?: ProbeLauncher;
  signal?: AbortSignalLike;
  onProgress?: (progress: ScanProgress) => void;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/** Scans this machine: systeminformation (in a child process), one nvidia-smi query and sysfs, in parallel. */
export async function detectLocal(options: DetectOptions = {}): Promise<LocalScan> {
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const total = 4;
  let done = 0;
  const step = (name: ScanProgress['step'], message: string): void => options.onProgress?.({ step: name, done: Math.min(done, total), total, message });
  step('start', 'Reading this machine');
  const tick = <T>(name: ScanProgress['step'], message: string) => (value: T): T => {
    done += 1;
    step(name, message);
    return value;
  };
  const [probe, nvidia, sysfs] = await Promise.all([
    probeSystem(options.launcher ?? forkLauncher, { timeoutMs, env, signal: options.signal }).then(tick('system', 'CPU, RAM, disk, OS and graphics read')),
    readNvidiaSmi({ timeoutMs: Math.min(timeoutMs, 8_000), env, signal: options.signal }).then(tick('nvidia-smi', 'NVIDIA driver queried')),
    (platform === 'linux' ? readSysfsGpus(options.sysfsRoot ?? '/sys') : Promise.resolve([])).then(tick('sysfs', 'PCIe links read')),
  ]);
  const host = buildHost(probe.snapshot);
  const { devices, ignored } = buildGpuDevices({
    platform,
    controllers: probe.snapshot?.controllers ?? [],
    nvidiaRows: nvidia.rows,
    nvidiaProblems: nvidia.problems,
    nvidiaAnswered: nvidia.available && nvidia.rows.length > 0,
    sysfs,
    hostRamMiB: host.ramGB === null ? null : host.ramGB * 1024,
  });
  done = total;
  step('done', `${devices.length} GPU${devices.length === 1 ? '' : 's'} found`);
  const noticed = [...probe.warnings, nvidia.warning, ...ignored.map((name) => deviceWarning('ignored-adapter', { name: name.slice(0, 200) }))].filter((w): w is Message => w !== null);
  return { scannedAt: new Date(started).toISOString(), durationMs: Date.now() - started, host, devices, ...warningsFrom(noticed) };
}
