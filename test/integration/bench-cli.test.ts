import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBenchmark } from '../../electron/services/bench/run-benchmark';
import { MeasurementSchema } from '../../shared/bench/measurement';
import { writeTinyGguf } from '../support/tiny-gguf';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'rigshift-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tiny = join(dir, 'tiny.gguf');
const bytes = writeTinyGguf(tiny, { layers: 2, embd: 64 });
// What the generator wrote: embeddings + output (64 × 259 each), the output norm, and per layer two norms, four
// attention matrices (64 × 64) and three feed-forward ones (64 × 128).
const expectedParams = 2 * 64 * 259 + 64 + 2 * (2 * 64 + 4 * 64 * 64 + 3 * 64 * 128);

const cli = (args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join(root, 'electron', 'cli', 'main.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 }, (error, stdout, stderr) =>
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
  });

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
  });

  it('bad usage is a usage error (exit 2)', async () => {
    expect((await cli(['bench'])).code).toBe(2);
    expect((await cli(['bench', '--model', tiny, '--backend', 'opencl'])).code).toBe(2);
  });
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
