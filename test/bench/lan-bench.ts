/**
 * LAN scan benchmark (`npm run bench`): a /24 and a /20 inside the bench's network namespace (lan-netns.ts) with 20
 * simulated miners, 4 tarpits (accept, never answer), 4 drips (1 byte/s) and every other address silent, scanned with the product's
 * defaults (1 s connect timeout); nmap's port-only sweep of the same /24, in the same namespace, beside it.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchNet, has, type BenchNet } from './lan-netns';

const here = dirname(fileURLToPath(import.meta.url));

function run(net: BenchNet, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const [cmd = '', ...rest] = [...net.exec, ...args];
    const child = spawn(cmd, rest, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

interface ScanFigures {
  wallMs: number;
  firstDeviceMs: number | null;
  found: number;
  probed: number;
  maxRssMB: number;
  outcomes?: { identified: number; answering: number; silent: number };
}

export async function lanBench(): Promise<void> {
  const net = benchNet();
  console.log(`lan scan: ${net.label}`);
  const [cmd = '', ...rest] = [...net.exec, process.execPath, '--import', 'tsx', join(here, 'lan-sim-server.ts'), net.prefix];
  const sim = spawn(cmd, rest, { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve, reject) => {
      sim.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      sim.once('exit', () => reject(new Error('simulator exited')));
    });
    for (const bits of [24, 20]) {
      const target = `${net.prefix}.0/${bits}`;
      const out = await run(net, [process.execPath, '--import', 'tsx', join(here, 'lan-scan-child.ts'), target, '1000']);
      const r = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as ScanFigures;
      const goal = bits === 24 ? 'nmap’s time, below' : '10 s';
      const first = r.firstDeviceMs === null ? 'none' : `${r.firstDeviceMs.toFixed(0)} ms`;
      console.log(`lan scan ${target} (20 miners, 4 tarpits, 4 drips at 1 byte/s, the rest silent): ${r.probed} hosts, ${r.found} miners identified in ${(r.wallMs / 1000).toFixed(2)} s (target ≤ ${goal}), outcomes ${JSON.stringify(r.outcomes)}, first miner streamed after ${first}, peak RSS ${r.maxRssMB.toFixed(0)} MB (target ≤ 200 MB)`);
      if (bits === 24) await nmapRatio(net, target, r.wallMs);
    }
  } finally {
    sim.kill('SIGKILL');
    net.tearDown();
  }
}

/** nmap's port-only sweep of the two ports the scan opens first, with the same 1 s per-probe ceiling (-T4 otherwise). */
async function nmapRatio(net: BenchNet, target: string, ourMs: number): Promise<void> {
  if (!has('nmap')) return void console.log('nmap: not measured (apt-get install -y nmap)');
  const args = ['nmap', '-n', '-Pn', '-T4', '-p', '4028,80', '--max-rtt-timeout', '1000ms', target];
  const started = performance.now();
  await run(net, args);
  const nmapMs = performance.now() - started;
  const ratio = ourMs / nmapMs;
  console.log(`${args.join(' ')} (port sweep only, no identification), same network: ${(nmapMs / 1000).toFixed(2)} s; RigShift full identification / nmap sweep = ${ratio.toFixed(2)}× (target ≤ 1.0)`);
}
