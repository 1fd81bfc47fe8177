import { setMaxListeners } from 'node:events';
import type { AbortSignalLike } from '../../../shared/api/abort';
import type { Family } from '../../../shared/lan/families/types';
import type { LanDevice, LanScanResult } from '../../../shared/lan/lan-device';
import { addresses, type TargetPlan } from '../../../shared/lan/targets';
import { deviceMessageInEnglish } from '../../../shared/device/warning-text';
import { refusedRepliesWarning } from '../../../shared/lan/finalise';
import { scanHost, type HostScanOptions } from './scan-host';

export interface LanProgress {
  probed: number;
  total: number;
  found: number;
  /** Set on the event that announces a newly identified device. */
  device?: LanDevice;
}

export interface NetworkScanOptions {
  families: readonly Family[];
  connectTimeoutMs: number;
  connectionDeadlineMs: number;
  hostDeadlineMs: number;
  /** Hosts scanned at once (each uses at most two connections). */
  concurrency: number;
  signal?: AbortSignalLike;
  onProgress?: (progress: LanProgress) => void;
  /** Progress events without a device are sent at most this often. */
  progressIntervalMs?: number;
}

/** Scans every address of the plan with a bounded worker pool; stops promptly on cancel. */
export async function scanNetwork(plan: TargetPlan, input: NetworkScanOptions): Promise<LanScanResult> {
  const started = Date.now();
  // One internal signal for all workers: each host listens to it, so it may have hundreds of listeners by design.
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  const onAbort = (): void => controller.abort();
  if (input.signal?.aborted) controller.abort();
  input.signal?.addEventListener('abort', onAbort, { once: true });
  const options = { ...input, signal: controller.signal };
  const queue = addresses(plan);
  const devices: LanDevice[] = [];
  const errors: string[] = [];
  let probed = 0;
  let lastEvent = 0;
  const interval = options.progressIntervalMs ?? 100;
  const report = (device?: LanDevice): void => {
    const now = Date.now();
    if (!device && now - lastEvent < interval && probed < plan.total) return;
    lastEvent = now;
    options.onProgress?.({ probed, total: plan.total, found: devices.length, ...(device ? { device } : {}) });
  };
  const slow: string[] = [];
  const scanOne = async (ip: string, hostOptions: HostScanOptions, lastPass: boolean): Promise<void> => {
    try {
      const { device, tooDeep, slow: wasSlow } = await scanHost(ip, hostOptions);
      if (wasSlow && !lastPass) return void slow.push(ip); // counted when its second pass ends
      // A host that sent only refused replies is no device: its note goes with the scan's per-host notes.
      const refused = device ? null : refusedRepliesWarning({ tooDeep });
      if (refused && errors.length < 50) errors.push(`${ip}: ${deviceMessageInEnglish(refused)}`);
      if (device && !options.signal?.aborted) {
        devices.push(device);
        probed += 1;
        return report(device);
      }
    } catch (error) {
      if (errors.length < 50) errors.push(`${ip}: ${hostError(error)}`);
    }
    probed += 1;
    report();
  };
  await pool(queue, options.concurrency, options.signal, (ip) => scanOne(ip, options, false));
  // Second pass: hosts that accepted a connection but gave no complete reply in the first budget (a busy controller,
  // a slow Wi-Fi bridge, a tarpit) get four times the connect timeout for a first reply and three for a first byte, all
  // at once, before giving up: a tarpit costs one more such wait, a busy miner is found instead of dropped.
  const patient: HostScanOptions = {
    ...options,
    firstReplyMs: Math.min(options.hostDeadlineMs, options.connectTimeoutMs * 4),
    firstByteMs: Math.min(options.hostDeadlineMs, options.connectTimeoutMs * 3),
  };
  await pool(slow.values(), options.concurrency, options.signal, (ip) => scanOne(ip, patient, true));
  input.signal?.removeEventListener('abort', onAbort);
  options.onProgress?.({ probed, total: plan.total, found: devices.length });
  devices.sort((a, b) => ipKey(a.ip) - ipKey(b.ip));
  return { devices, stats: { startedAt: new Date(started).toISOString(), targets: plan.total, probed, found: devices.length, durationMs: Date.now() - started, cancelled: !!options.signal?.aborted, ranges: plan.ranges.map((r) => r.spec) }, errors };
}

/**
 * A host's failure as a per-host note. A RangeError (a stack or size limit in some walk of its replies) is worded as
 * what it means to the user, never as the engine's "Maximum call stack size exceeded"; replies are depth-bounded when
 * read (shared/lan/reply-bounds.ts), so this is the last guard, not the bound.
 */
export function hostError(error: unknown): string {
  if (error instanceof RangeError) return 'its replies could not be read (too large or too deeply nested); not read';
  return error instanceof Error ? error.message.slice(0, 200) : 'scan failed';
}

const ipKey = (ip: string): number => ip.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);

/** Runs `work` over the items with at most `concurrency` at once; stops taking new items once the signal aborts. */
async function pool(items: Iterator<string>, concurrency: number, signal: AbortSignal, work: (item: string) => Promise<void>): Promise<void> {
  const worker = async (): Promise<void> => {
    for (let next = items.next(); !next.done && !signal.aborted; next = items.next()) await work(next.value);
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}
