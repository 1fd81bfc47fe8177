import { execFile, fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBenchmark } from '../../electron/services/bench/run-benchmark';
import { MeasurementSchema } from '../../shared/bench/measurement';
import { writeTinyGguf } from '../support/tiny-gguf';
import { cliEntry } from '../support/cli-entry';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'rigshift-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tiny = join(dir, 'tiny.gguf');
// bench keeps each measurement in the settings: a folder of the test's own, never the user's.
const env = { ...process.env, RIGSHIFT_CONFIG_DIR: join(dir, 'config') };
const bytes = writeTinyGguf(tiny, { layers: 2, embd: 64 });
// What the generator wrote: embeddings + output (64 × 259 each), the output norm, and per layer two norms, four
// attention matrices (64 × 64) and three feed-forward ones (64 × 128).
const expectedParams = 2 * 64 * 259 + 64 + 2 * (2 * 64 + 4 * 64 * 64 + 3 * 64 * 128);

const cli = (args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [cliEntry, ...args], { cwd: root, env, encoding: 'utf8', timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });

describe('npm run cli -- bench: a real llama.cpp run (node-llama-cpp, CPU backend) of a generated GGUF', () => {
  it('prints pp512 and tg128 tokens/s measured here, with the model read from its GGUF header', async () => {
    expect(bytes).toBeGreaterThan(100_000);
    expect(bytes).toBeLessThan(1_000_000);
    const r = await cli(['bench', '--model', tiny, '--backend', 'cpu', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const m = MeasurementSchema.parse(JSON.parse(r.stdout));
    expect(m).toMatchObject({ source: 'node-llama-cpp', backend: 'cpu', gpus: [], promptTokens: 512, generatedTokens: 128 });
    expect(m.model).toEqual({ name: 'RigShift tiny test model', architecture: 'llama', parameters: expectedParams, quant: 'F32', fileBytes: bytes });
    expect(m.build).toMatch(/^node-llama-cpp 3\.21\.1 \(llama\.cpp /);
    expect(m.promptTokensPerSecond).toBeGreaterThan(0);
    expect(m.decodeTokensPerSecond).toBeGreaterThan(0);
    // Prompt processing batches 512 tokens; generation runs one at a time: pp is the faster of the two.
    expect(m.promptTokensPerSecond).toBeGreaterThan(m.decodeTokensPerSecond);
    expect(r.stderr).toMatch(/prompt processing[\s\S]*generating/);
  }, 120_000); // the CLI's own bound: a real run on 2 shared cores

  it('a file that is not GGUF, a missing file and an unusable backend each end with a clear message (exit 1)', async () => {
    const bad = join(dir, 'bad.gguf');
    writeFileSync(bad, Buffer.from('this is not a model, just text pretending to be one'));
    const corrupt = await cli(['bench', '--model', bad]);
    expect(corrupt.code).toBe(1);
    expect(corrupt.stderr).toMatch(/bench failed \(corrupt-gguf\): bad\.gguf is not a readable GGUF model/);
    const missing = await cli(['bench', '--model', join(dir, 'nope.gguf')]);
    expect(missing.stderr).toMatch(/bench failed \(no-file\)/);
    // No GPU (or no CUDA driver) on this machine: the CUDA binary cannot be used.
    const cuda = await cli(['bench', '--model', tiny, '--backend', 'cuda']);
    expect(cuda.code).toBe(1);
    expect(cuda.stderr).toMatch(/bench failed \(binary-missing\): no usable llama\.cpp binary for the cuda backend/);
    }, 120_000);

  it('bad usage is a usage error (exit 2)', async () => {
    expect((await cli(['bench'])).code).toBe(2);
    expect((await cli(['bench', '--model', tiny, '--backend', 'opencl'])).code).toBe(2);
    expect((await cli(['bench', '--model', tiny, '--tg', '0'])).code).toBe(2);
    }, 120_000);
});

describe('runBenchmark: deadline and cancel kill the child process', () => {
  it('stops at the deadline with a timeout error', async () => {
    await expect(runBenchmark({ modelPath: tiny, backend: 'cpu', timeoutMs: 50 })).rejects.toMatchObject({ code: 'timeout' });
  });

  it('stops when cancelled, and reports its progress until then', async () => {
    const controller = new AbortController();
    const steps: string[] = [];
    const run = runBenchmark({
      modelPath: tiny,
      backend: 'cpu',
      signal: controller.signal,
      onProgress: (step) => {
        steps.push(step);
        if (step === 'loading') controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(steps).toEqual(['starting', 'reading', 'loading']);
  });
});

/** True while `pid` runs; an exited process nobody has reaped yet (a zombie) counts as gone. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return process.platform !== 'linux';
  }
}

/** Polls a bounded number of times (vitest's timeout is the hang guard; nothing here measures time). */
async function goneWithin(pid: number, tries: number): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (!running(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !running(pid);
}

describe('the benchmark process never outlives the CLI that started it', () => {
  // A long run: 4096 tokens generated one at a time, so the child is busy generating when its parent goes.
  const long = join(dir, 'long.gguf');
  writeTinyGguf(long, { layers: 2, embd: 64, contextLength: 8192 });

  it.each(['SIGKILL', 'SIGTERM'] as const)('%s to the CLI mid-generation ends the benchmark process too', async (signal) => {
    const parent = spawn(process.execPath, [cliEntry, 'bench', '--model', long, '--backend', 'cpu', '--tg', '4096'], {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<void>((resolve) => parent.once('exit', () => resolve()));
    let stderr = '';
    const childPid = await new Promise<number>((resolve, reject) => {
      parent.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const pid = /bench: benchmark process (\d+)/.exec(stderr)?.[1];
        if (pid && stderr.includes('generating (tg)')) resolve(Number(pid));
      });
      parent.once('exit', () => reject(new Error(`the CLI ended before generating: ${stderr}`)));
    });
    expect(running(childPid)).toBe(true);
    parent.kill(signal);
    await exited;
    expect(await goneWithin(childPid, 200)).toBe(true);
  }, 90_000);
});

describe('the benchmark process keeps its own deadline', () => {
  it('ends itself (exit code 4) when its deadline passes, whatever its parent does', async () => {
    const childPath = join(root, 'electron', 'services', 'bench', 'bench-child.mjs');
    const job = { modelPath: join(dir, 'long.gguf'), backend: 'cpu', pp: 512, tg: 4096, threads: 1, deadlineMs: 300 };
    const child = fork(childPath, [JSON.stringify(job)], { execArgv: [], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    const steps: unknown[] = [];
    child.on('message', (message) => steps.push(message));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(4);
    expect(steps).not.toContainEqual(expect.objectContaining({ type: 'result' }));
  });
});

describe('a GGUF header claiming more than its file can hold', () => {
  // 96 bytes: the signature, version 3, 2^63 tensors, one metadata entry, then zeros.
  const liar = join(dir, 'liar.gguf');
  const head = Buffer.alloc(96);
  head.write('GGUF', 0, 'ascii');
  head.writeUInt32LE(3, 4);
  head.writeBigUInt64LE(2n ** 63n, 8);
  head.writeBigUInt64LE(1n, 16);
  writeFileSync(liar, head);

  it('is refused as corrupt before any process starts or any header reader runs', async () => {
    const steps: string[] = [];
    const children: number[] = [];
    const run = runBenchmark({ modelPath: liar, backend: 'cpu', onProgress: (step) => steps.push(step), onChild: (pid) => children.push(pid) });
    await expect(run).rejects.toMatchObject({ code: 'corrupt-gguf', message: expect.stringMatching(/liar\.gguf is not a readable GGUF model \(the header claims 9223372036854775808 tensors/) });
    expect(steps).toEqual([]);
    expect(children).toEqual([]);
  });

  it('the CLI says so with the corrupt-gguf code (exit 1)', async () => {
    const r = await cli(['bench', '--model', liar, '--backend', 'cpu']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bench failed \(corrupt-gguf\): liar\.gguf is not a readable GGUF model/);
    expect(r.stderr).not.toMatch(/benchmark process|reading the GGUF header/);
    }, 120_000);
});
