/**
 * The installed command's start-to-exit time: `rigshift judge --gpu "RTX 3090" --json` run the way `npm link` installs
 * it — a `rigshift` on PATH that links to the package's `bin` (out/cli/rigshift.mjs), started through its shebang — from
 * spawn to exit. The bundle is rebuilt first when a source is newer (as `npm run cli` does).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARGS = ['judge', '--gpu', 'RTX 3090', '--json'];
const RUNS = 5;
const TARGET_S = 0.3;

/** A prefix laid out as `npm link` makes it: lib/node_modules/rigshift → the package, bin/rigshift → its bin file. */
function linkedPrefix(): string {
  const prefix = mkdtempSync(join(tmpdir(), 'rigshift-link-'));
  mkdirSync(join(prefix, 'lib', 'node_modules'), { recursive: true });
  mkdirSync(join(prefix, 'bin'));
  symlinkSync(root, join(prefix, 'lib', 'node_modules', 'rigshift'), 'dir');
  symlinkSync(join('..', 'lib', 'node_modules', 'rigshift', 'out', 'cli', 'rigshift.mjs'), join(prefix, 'bin', 'rigshift'));
  return prefix;
}

function timeOnce(env: NodeJS.ProcessEnv): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn('rigshift', ARGS, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(Number(process.hrtime.bigint() - started) / 1e9) : reject(new Error(`rigshift exited ${code}: ${stderr}`))));
  });
}

export async function cliStartBench(): Promise<void> {
  execFileSync(process.execPath, [join(root, 'build', 'build-cli.mjs'), '--if-stale'], { cwd: root, stdio: 'inherit' });
  const prefix = linkedPrefix();
  const env = { ...process.env, PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH ?? ''}`, RIGSHIFT_CONFIG_DIR: join(prefix, 'config') };
  try {
    await timeOnce(env); // untimed: the first run also pays for a cold file cache
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await timeOnce(env));
    const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
    console.log(`installed command start-to-exit: rigshift ${ARGS.map((a) => (a.includes(' ') ? `"${a}"` : a)).join(' ')}: median ${median.toFixed(2)} s of ${RUNS} (target ≤ ${TARGET_S} s)`);
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}
