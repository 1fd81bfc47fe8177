import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { moeMeasurements } from '../../shared/judge/data/moe-decode';
import { JudgeReportSchema } from '../../shared/judge/report';
import { cliEntry } from '../support/cli-entry';
import { writeTinyGguf } from '../support/tiny-gguf';
import { mkdirSync } from 'node:fs';

const root = join(__dirname, '..', '..');
const configDir = mkdtempSync(join(tmpdir(), 'rigshift-cli-model-'));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

function judge(args: string[]) {
  const result = spawnSync(process.execPath, [cliEntry, 'judge', ...args], { cwd: root, env: { ...process.env, RIGSHIFT_CONFIG_DIR: configDir }, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const one = (args: string[]) => {
  const { code, stdout, stderr } = judge([...args, '--json']);
  expect(code, stderr).toBe(0);
  const report = JudgeReportSchema.parse(JSON.parse(stdout));
  const [w] = report.devices[0]?.workloads ?? [];
  if (!w) throw new Error('no workload');
  return w;
};

describe('CLI judge --model: any model, quant and context (#21.4, #21.6)', () => {
  it('takes a GGUF file as the model: its header’s name, shape and quant (a --quant that differs is said and ignored)', () => {
    const file = join(configDir, 'tiny-q4.gguf');
    writeTinyGguf(file, { layers: 2, embd: 64, fileType: 15, name: 'Tiny GGUF model' });
    const { code, stdout, stderr } = judge(['--gpu', 'RX 580 8GB', '--model', file, '--quant', 'Q6_K', '--json']);
    expect(code, stderr).toBe(0);
    const report = JudgeReportSchema.parse(JSON.parse(stdout));
    const w = report.devices[0]?.workloads[0];
    expect(w?.label).toMatch(/^Tiny GGUF model Q4/);
    expect(w?.verdict).toBe('yes');
    expect(report.warnings.join('\n')).toMatch(/--quant Q6_K ignored: the file is Q4_K_M/);
    const folder = join(configDir, 'folder.gguf');
    mkdirSync(folder, { recursive: true });
    const refused = judge(['--gpu', 'RX 580 8GB', '--model', folder]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not a regular file/);
  });

  it('Qwen3-30B-A3B Q4_K_M on an RTX 3090 decodes within ±25 % of a published run (active experts, not 267 tok/s)', () => {
    const w = one(['--gpu', 'RTX 3090', '--model', 'qwen3-30b-a3b', '--quant', 'Q4_K_M']);
    // The published 3090 Ti run (166.9 tok/s), scaled to the 3090's bandwidth (936 of 1008 GB/s): ≈ 155 tok/s.
    const published = moeMeasurements.find((m) => m.gpuId === 'nvidia-rtx-3090-ti')?.decodeTokensPerSecond ?? 0;
    const expected = (published * 936) / 1008;
    expect(w.id).toBe('qwen3-30b-a3b:Q4_K_M');
    expect(w.estimates.decodeTokensPerSecond ?? 0).toBeGreaterThan(expected * 0.75);
    expect(w.estimates.decodeTokensPerSecond ?? Infinity).toBeLessThan(expected * 1.25);
    expect(w.estimates.decodeRange?.low ?? Infinity).toBeLessThan(w.estimates.decodeTokensPerSecond ?? 0);
    expect(w.estimates.timeToFirstTokenSeconds).toBeGreaterThan(0);
  });

  it('gpt-oss-20b MXFP4 on a plain RTX 3090 decodes within ±25 % of its published run; gpt-oss-120b offloads experts', () => {
    const row = moeMeasurements.find((m) => m.gpuId === 'nvidia-rtx-3090' && m.modelId === 'gpt-oss-20b' && !m.offload);
    if (!row) throw new Error('no plain RTX 3090 gpt-oss-20b row');
    const w = one(['--gpu', 'RTX 3090', '--model', 'gpt-oss-20b', '--quant', 'MXFP4']);
    expect(w.id).toBe('gpt-oss-20b:MXFP4');
    expect(w.estimates.decodeTokensPerSecond ?? 0).toBeGreaterThan(row.decodeTokensPerSecond * 0.75);
    expect(w.estimates.decodeTokensPerSecond ?? Infinity).toBeLessThan(row.decodeTokensPerSecond * 1.25);
    const big = one(['--gpu', 'RTX 3090', '--model', 'gpt-oss-120b', '--quant', 'MXFP4', '--ram-gb', '128']);
    expect(big.verdict).toBe('limited');
    expect((big.reasonCodes ?? []).map((r) => r.code)).toContain('llm-expert-offload');
    expect(big.estimates.decodeTokensPerSecond ?? 0).toBeGreaterThan(5);
  });

  it('--context 32768 raises the VRAM need by the KV cache of that context', () => {
    const short = one(['--gpu', 'RTX 3090', '--model', 'qwen3-30b-a3b']);
    const long = one(['--gpu', 'RTX 3090', '--model', 'qwen3-30b-a3b', '--context', '32768']);
    // 48 layers × 4 KV heads × 128 × 2 (K, V) × 2 bytes = 96 KiB per token: 28,672 more tokens ≈ 2.6 GiB.
    expect((long.estimates.vramRequiredGB ?? 0) - (short.estimates.vramRequiredGB ?? 0)).toBeCloseTo((28672 * 98304) / 2 ** 30, 1);
    expect(long.estimates.contextTokens).toBe(32768);
    // A full 32k context is read on every token: slower than the short-context figure.
    expect(long.estimates.decodeAtContextTokensPerSecond ?? Infinity).toBeLessThan(long.estimates.decodeTokensPerSecond ?? 0);
  });

  it('--quant Q6_K works and needs more than Q4_K_M', () => {
    const q4 = one(['--gpu', 'RTX 3090', '--model', 'llama-3.1-8b', '--quant', 'Q4_K_M']);
    const q6 = one(['--gpu', 'RTX 3090', '--model', 'llama-3.1-8b', '--quant', 'Q6_K']);
    expect(q6.id).toBe('llama-3.1-8b:Q6_K');
    expect(q6.estimates.vramRequiredGB ?? 0).toBeGreaterThan(q4.estimates.vramRequiredGB ?? Infinity);
    expect(q6.estimates.decodeTokensPerSecond ?? Infinity).toBeLessThan(q4.estimates.decodeTokensPerSecond ?? 0);
  });

  it('a 14B Q4 on an 8 GB card gets a partial-offload speed and "limited", not a bare "no"', () => {
    const w = one(['--gpu', 'RTX 3070', '--model', 'qwen2.5-14b', '--quant', 'Q4_K_M']);
    expect(w.verdict).toBe('limited');
    expect(w.estimates.cpuOffloadGB ?? 0).toBeGreaterThan(0);
    expect(w.estimates.decodeTokensPerSecond ?? 0).toBeGreaterThan(1);
    expect(w.estimates.backend).toMatch(/\+ CPU/);
    const text = judge(['--gpu', 'RTX 3070', '--model', 'qwen2.5-14b']).stdout;
    expect(text).toMatch(/≈ [\d.]+ tok\/s, [\d.]+–[\d.]+, CPU offload/);
    expect(text).toMatch(/assumes 32 GB of host RAM/);
    // What does not fit is said as such, not as a negative headroom.
    expect(text).toMatch(/[\d.]+ GB more than the VRAM/);
    expect(text).not.toMatch(/headroom -/);
  });

  it('takes a model the data do not list from its params and attention shape (--params … instead of --model)', () => {
    const w = one(['--gpu', 'RTX 3090', '--params', '14.77', '--layers', '48', '--kv-heads', '8', '--head-dim', '128']);
    const known = one(['--gpu', 'RTX 3090', '--model', 'qwen2.5-14b']);
    expect(w.estimates.vramRequiredGB).toBeCloseTo(known.estimates.vramRequiredGB ?? 0, 1);
    expect(w.estimates.decodeTokensPerSecond).toBeCloseTo(known.estimates.decodeTokensPerSecond ?? 0, 0);
    expect(judge(['--gpu', 'RTX 3090', '--params', '14.8']).stderr).toMatch(/--layers, --kv-heads and --head-dim/);
  });

  it('refuses an unknown model or quant with the known ones', () => {
    const bad = judge(['--gpu', 'RTX 3090', '--model', 'no-such-model']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/qwen3-30b-a3b/);
    expect(judge(['--gpu', 'RTX 3090', '--model', 'llama-3.1-8b', '--quant', 'Q9_X']).stderr).toMatch(/IQ1_S/);
  });
});
