/**
 * npm run bench — prints the figures the foundation issue asks for:
 *  1. time from process start to the first complete local scan result (CLI, real machine and a replayed 13-GPU rig),
 *  2. the renderer's initial JS size (gzip) against the ≤ 120 KB target, and its lazy chunks,
 *  3. the judge's throughput (devices judged per second),
 *  4. the LAN scan of a /24 and a /20 with 20 simulated miners and silent hosts, peak RSS, and nmap for comparison,
 *  5. a 60-month projection for 1,000 devices × 4 scenarios, and the Earnings view's redraw time in Chromium,
 *  6. the time to open the Plan for a 200-device inventory and Compare with 6 devices, in Chromium,
 *  7. the llama.cpp benchmark's start-to-first-token overhead,
 *  8. the parse time of mutated miner replies (median, p99, slowest),
 *  9. the installed command's start-to-exit time for `rigshift judge --gpu "RTX 3090" --json`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gpuCatalogue } from '../../shared/catalogue/gpu-catalogue';
import { deviceFromManual } from '../../shared/device/manual-device';
import type { Device } from '../../shared/device/device';
import type { Host } from '../../shared/device/host';
import { judgeMachine } from '../../shared/judge/judge-machine';
import { JudgeReportSchema } from '../../shared/judge/report';
import { fakeMachine } from '../fakes/fake-bin';
import { cliStartBench } from './cli-start-bench';
import { earningsViewBench } from './earnings-view-bench';
import { lanBench } from './lan-bench';
import { llamaBenchOverhead } from './llama-bench-overhead';
import { parserBench } from './parser-bench';
import { rendererSize } from './renderer-size';
import { projectionBench } from './projection-bench';
import { repurposeBench } from './repurpose-bench';
import { cliEntry } from '../support/cli-entry';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Wall time from spawning `npm run cli -- scan --json`'s command to a parsed, schema-valid report. */
function timeCliScan(env: NodeJS.ProcessEnv): Promise<{ ms: number; gpus: number }> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [cliEntry, 'scan', '--json'], { cwd: root, env, stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) return reject(new Error(`cli exited ${code}`));
      resolve({ ms, gpus: JudgeReportSchema.parse(JSON.parse(out)).devices.length });
    });
  });
}

async function cliFigures(): Promise<void> {
  const configDir = mkdtempSync(join(tmpdir(), 'rigshift-bench-'));
  const runs = 5;
  for (const [label, machine] of [['this machine', null], ['replayed 13-GPU rig', fakeMachine('rig-13-mixed')]] as const) {
    const env = { ...(machine?.env ?? process.env), RIGSHIFT_CONFIG_DIR: configDir };
    const times: number[] = [];
    let gpus = 0;
    for (let i = 0; i < runs; i++) {
      const result = await timeCliScan(env);
      times.push(result.ms);
      gpus = result.gpus;
    }
    machine?.cleanup();
    console.log(`cli scan → first complete result (${label}, ${gpus} GPUs): median ${median(times).toFixed(0)} ms, best ${Math.min(...times).toFixed(0)} ms over ${runs} runs`);
  }
  rmSync(configDir, { recursive: true, force: true });
}

function judgeThroughput(): void {
  const host: Host = {
    cpu: { brand: 'bench', physicalCores: 8, threads: 16, avx2: true, avx: true },
    ramGB: 32,
    disk: { totalGB: 1000, freeGB: 500 },
    os: { platform: 'linux', distro: null, release: null, kernel: null, arch: 'x64' },
  };
  const devices: Device[] = gpuCatalogue.flatMap((gpu) => {
    const device = deviceFromManual({ id: `manual-${gpu.id}`, kind: 'gpu', catalogueId: gpu.id, count: 1 });
    return device ? [device] : [];
  });
  let judged = 0;
  const started = performance.now();
  while (performance.now() - started < 3000) {
    for (const device of devices) judgeMachine(host, [device]);
    judged += devices.length;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`judge throughput: ${(judged / seconds).toFixed(0)} devices/s (every catalogue GPU, ${devices[0] ? judgeMachine(host, [devices[0]]).devices[0]?.workloads.length : 0} workloads each)`);
}

projectionBench();
await cliFigures();
await rendererSize(root);
judgeThroughput();
await lanBench();
await earningsViewBench();
await repurposeBench();
await llamaBenchOverhead();
parserBench();
await cliStartBench();
