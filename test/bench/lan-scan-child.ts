/** Bench helper, run inside the bench's network namespace: one LAN scan with the product's defaults, timed, as JSON. */
import { readFileSync } from 'node:fs';
import { scanTimings } from '../../electron/services/lan/lan-handlers';
import { scanNetwork } from '../../electron/services/lan/scan-network';
import { FAMILIES } from '../../shared/lan/families';
import { planTargets } from '../../shared/lan/targets';

const [target = '127.77.0.0/24', connect = '1000'] = process.argv.slice(2);
const connectTimeoutMs = Number(connect);
const started = performance.now();
let firstDeviceMs: number | null = null;
const result = await scanNetwork(planTargets([target]), {
  onProgress: (p) => {
    if (p.device && firstDeviceMs === null) firstDeviceMs = performance.now() - started;
  },
  families: FAMILIES,
  ...scanTimings(connectTimeoutMs),
});
const wallMs = performance.now() - started;
process.stdout.write(`${JSON.stringify({ target, wallMs, firstDeviceMs, found: result.stats.found, probed: result.stats.probed, outcomes: result.stats.outcomes, maxRssMB: peakRssMB() })}\n`);

/**
 * This process's own peak RSS. On Linux, VmHWM of /proc/self/status: getrusage's maxRSS survives exec and so reports
 * the spawning bench process's size at fork, not the scan's.
 */
function peakRssMB(): number {
  try {
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS / 1024;
}
