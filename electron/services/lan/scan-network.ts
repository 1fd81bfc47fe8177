import { setMaxListeners } from 'node:events';
import type { AbortSignalLike } from '../../../shared/api/abort';
import type { Family } from '../../../shared/lan/families/types';
import type { LanDevice, LanScanResult } from '../../../shared/lan/lan-device';
import { addresses, type TargetPlan } from '../../../shared/lan/targets';
import { hostConcurrency } from './fd-budget';
import { heardRecorder } from './port-heard';
import { scanHost, type HostScan, type HostScanOptions } from './scan-host';
import { scanTally } from './scan-tally';

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
  /**
   * A host that accepted a connection but has given no complete reply by connect timeout + this (a tarpit, a 1 byte/s
   * drip) is given up, its second, longer pass included: no such host holds the scan past that. The product passes the
   * connect timeout (lan-handlers.ts scanTimings); without it, the second pass waits four connect timeouts.
   */
  readDeadlineMs?: number;
  /** Hosts scanned at once (each uses at most two connections); default and ceiling: what the open-file limit allows. */
  concurrency?: number;
  signal?: AbortSignalLike;
  onProgress?: (progress: LanProgress) => void;
  /** Progress events without a device are sent at most this often. */
  progressIntervalMs?: number;
}

/** Scans every address of the plan with a bounded worker pool; stops promptly on cancel. */
export async function scanNetwork(plan: TargetPlan, input: NetworkScanOptions): Promise<LanScanResult> {
  const started = Date.now();
  // One internal signal for all workers: each host listens to it, so it may have thousands of listeners by design.
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  const onAbort = (): void => controller.abort();
  if (input.signal?.aborted) controller.abort();
  input.signal?.addEventListener('abort', onAbort, { once: true });
  const options = { ...input, signal: controller.signal };
  const tally = scanTally();
  let probed = 0;
  let lastEvent = 0;
  const interval = options.progressIntervalMs ?? 100;
  const report = (device?: LanDevice): void => {
    const now = Date.now();
    if (!device && now - lastEvent < interval && probed < plan.total) return;
    lastEvent = now;
    options.onProgress?.({ probed, total: plan.total, found: tally.devices.length, ...(device ? { device } : {}) });
  };
  const scanOne = async (ip: string): Promise<void> => {
    try {
      const scan = await twoPasses(ip, options);
      if (options.signal.aborted && scan.device) scan.device = null;
      const device = tally.add(ip, scan);
      probed += 1;
      return report(device ?? undefined);
    } catch (error) {
      tally.failed(ip, error);
    }
    probed += 1;
    report();
  };
  await pool(addresses(plan), hostConcurrency(options.concurrency), options.signal, scanOne);
  input.signal?.removeEventListener('abort', onAbort);
  const { counts, ...found } = tally.finish();
  options.onProgress?.({ probed, total: plan.total, found: found.devices.length });
  const stats = { startedAt: new Date(started).toISOString(), targets: plan.total, probed, found: found.devices.length, durationMs: Date.now() - started, cancelled: !!options.signal.aborted, ranges: plan.ranges.map((r) => r.spec), outcomes: counts };
  return { ...found, stats };
}

/**
 * One host. A host that accepted a connection but gave no complete reply in the first budget (a busy controller, a
 * slow Wi-Fi bridge, a tarpit) gets a second, longer pass at once, in its own slot: a busy miner is found instead of
 * dropped. With a read deadline, that pass has what is left of connect timeout + read deadline since the host started,
 * so a tarpit ends with the silent hosts' connect timeouts plus that much; without one, four connect timeouts.
 */
async function twoPasses(ip: string, options: NetworkScanOptions & { signal: AbortSignal }): Promise<HostScan> {
  const started = Date.now();
  const heard = heardRecorder();
  const first = await scanHost(ip, { ...options, heard });
  if (!first.slow || options.signal.aborted) return first;
  const { connectTimeoutMs: connect, hostDeadlineMs: host, readDeadlineMs: read } = options;
  const left = read === undefined ? Math.min(host, connect * 4) : connect + read - (Date.now() - started);
  if (left <= 0) return first;
  const firstByteMs = read === undefined ? Math.min(host, connect * 3) : Math.max(1, Math.round(left / 2));
  const second = await scanHost(ip, { ...options, heard, firstReplyMs: left, firstByteMs } satisfies HostScanOptions);
  // A reply refused as too deep on the first pass stays noted, whatever the second pass got to read.
  return { ...second, tooDeep: [...new Set([...first.tooDeep, ...second.tooDeep])] };
}

/** Runs `work` over the items with at most `concurrency` at once; stops taking new items once the signal aborts. */
async function pool(items: Iterator<string>, concurrency: number, signal: AbortSignal, work: (item: string) => Promise<void>): Promise<void> {
  const worker = async (): Promise<void> => {
    for (let next = items.next(); !next.done && !signal.aborted; next = items.next()) await work(next.value);
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}
