/**
 * LAN scan benchmark: a network namespace (created and removed here) where 20 simulated miners answer on
 * 127.77.0.10–29 and every other address of 127.77.0.0/16 drops SYNs (iptables DROP), so those hosts are silent
 * like switched-off machines. Needs root, iproute2 and iptables; compares with nmap when it is installed.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const NS = `rigshift-bench-${process.pid}`;
const MINERS = Array.from({ length: 20 }, (_, i) => `127.77.0.${10 + i}`);

const has = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const inNs = (args: string[]): void => void execFileSync('ip', ['netns', 'exec', NS, ...args], { stdio: 'ignore' });

function setUp(): void {
  execFileSync('ip', ['netns', 'add', NS]);
  inNs(['ip', 'link', 'set', 'lo', 'up']);
  for (const ip of MINERS) inNs(['iptables', '-A', 'INPUT', '-p', 'tcp', '--syn', '-d', ip, '-j', 'ACCEPT']);
  inNs(['iptables', '-A', 'INPUT', '-p', 'tcp', '--syn', '-d', '127.77.0.0/16', '-j', 'DROP']);
}

const tearDown = (): void => void spawnSync('ip', ['netns', 'del', NS]);

function runInNs(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('ip', ['netns', 'exec', NS, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

export async function lanBench(): Promise<void> {
  if (process.getuid?.() !== 0 || !has('ip') || !has('iptables')) {
    console.log('lan scan: not measured (needs root, iproute2 and iptables to build the silent-host namespace: apt-get install -y iproute2 iptables)');
    return;
  }
  setUp();
  const sim = spawn('ip', ['netns', 'exec', NS, process.execPath, '--import', 'tsx', join(here, 'lan-sim-server.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve, reject) => {
      sim.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      sim.once('exit', () => reject(new Error('simulator exited')));
    });
    for (const target of ['127.77.0.0/24', '127.77.0.0/20']) {
      const out = await runInNs([process.execPath, '--import', 'tsx', join(here, 'lan-scan-child.ts'), target, '1000']);
      const r = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { wallMs: number; found: number; probed: number; maxRssMB: number };
      const goal = target.endsWith('/24') ? 3000 : 15000;
      console.log(`lan scan ${target}: ${r.probed} hosts, ${r.found} miners identified in ${(r.wallMs / 1000).toFixed(2)} s (target < ${goal / 1000} s), peak RSS ${r.maxRssMB.toFixed(0)} MB (target < 200 MB)`);
      if (target.endsWith('/24')) await nmapRatio(r.wallMs);
    }
  } finally {
    sim.kill('SIGKILL');
    tearDown();
  }
}

async function nmapRatio(ourMs: number): Promise<void> {
  if (!has('nmap')) return void console.log('nmap -p 4028: not measured (apt-get install -y nmap)');
  const started = performance.now();
  await runInNs(['nmap', '-p', '4028', '-n', '-Pn', '--max-retries', '0', '--host-timeout', '5s', '127.77.0.0/24']);
  const nmapMs = performance.now() - started;
  console.log(`nmap -p 4028 (port sweep only, no identification) on the same /24: ${(nmapMs / 1000).toFixed(2)} s; RigShift full identification / nmap sweep = ${(ourMs / nmapMs).toFixed(2)}×`);
}
