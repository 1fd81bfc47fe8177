import { describe, expect, it } from 'vitest';
import type { StoredMeasurement } from '../../../shared/bench/stored-measurement';
import { applyMeasurements } from '../../../shared/judge/apply-measurements';
import { judgeMachine } from '../../../shared/judge/judge-machine';
import { JudgeReportSchema } from '../../../shared/judge/report';
import { catalogueGpu, workstationHost } from '../../support/devices';
import { measurement } from '../../support/measurement';

const card = { ...catalogueGpu('nvidia-rtx-3090'), rawName: 'NVIDIA GeForce RTX 3090', busId: '0000:01:00.0' };
const keep = (decode: number, busIds = ['0000:01:00.0']): StoredMeasurement => ({ machineId: '0123456789abcdef', device: { kind: 'gpu', busIds, names: ['NVIDIA GeForce RTX 3090'] }, contextTokens: 640, measurement: measurement({ decodeTokensPerSecond: decode }) });
const judged = () => judgeMachine(workstationHost(), [card], [], new Date('2026-12-07T12:00:00Z'));
const row = (report: ReturnType<typeof judged>, id: string) => report.devices[0]?.workloads.find((w) => w.id === id);

describe('a stored measurement in the judge report (#21.5)', () => {
  it('sits on its card beside the estimate for the same model and quant: Llama 2 7B Q4_0 on CUDA matches the judge\'s own row', () => {
    const report = JudgeReportSchema.parse(applyMeasurements(judged(), [keep(100)]));
    const [m] = report.devices[0]?.measured ?? [];
    const reference = row(judged(), 'llama-2-7b:Q4_0')?.estimates.byBackend?.find((b) => b.backend === 'cuda')?.decodeTokensPerSecond ?? 0;
    expect(reference).toBeGreaterThan(50);
    // Same weights (file bytes ≈ params × 4.55 bits), no KV cache for the measured shape: within 2 % of the catalogue row.
    expect(Math.abs((m?.estimated.decodeTokensPerSecond ?? 0) - reference) / reference).toBeLessThan(0.02);
    expect(m?.estimated.promptTokensPerSecond).toBeGreaterThan(1000);
    expect(m).toMatchObject({ model: 'Llama 2 7B', quant: 'Q4_0', backend: 'cuda', decodeTokensPerSecond: 100, contextTokens: 640 });
    expect(m?.ratio).toBeCloseTo(100 / (m?.estimated.decodeTokensPerSecond ?? 1), 9);
  });

  it('rescales the card\'s other CUDA rows by measured ÷ estimated and says so; the Vulkan figure is left as it was', () => {
    const before = row(judged(), 'llama-3.1-8b:Q4_K_M');
    const report = applyMeasurements(judged(), [keep(60)]);
    const ratio = report.devices[0]?.measured?.[0]?.ratio ?? 0;
    expect(ratio).toBeLessThan(1);
    const after = row(report, 'llama-3.1-8b:Q4_K_M');
    expect(after?.estimates.decodeTokensPerSecond).toBeCloseTo((before?.estimates.decodeTokensPerSecond ?? 0) * ratio, 1);
    expect(after?.estimates.rescaled).toMatchObject({ model: 'Llama 2 7B', quant: 'Q4_0', estimatedDecodeTokensPerSecond: before?.estimates.decodeTokensPerSecond });
    expect(after?.estimates.rescaled?.basis).toMatch(/^rescaled from your measurement of Llama 2 7B Q4_0 on 2026-12-07 \(×0\.\d+\)$/);
    const vulkan = (r: typeof after) => r?.estimates.byBackend?.find((b) => b.backend === 'vulkan')?.decodeTokensPerSecond;
    expect(vulkan(after)).toBe(vulkan(before));
    // Non-LLM rows are untouched.
    expect(report.devices[0]?.workloads.filter((w) => w.category !== 'llm')).toEqual(judged().devices[0]?.workloads.filter((w) => w.category !== 'llm'));
  });

  it('a re-scan matches by bus id: a card on another bus gets nothing, and neither does a report without measurements', () => {
    expect(applyMeasurements(judged(), [keep(60, ['0000:02:00.0'])]).devices[0]?.measured).toBeUndefined();
    expect(applyMeasurements(judged(), [])).toEqual(judged());
  });

  it('a CPU measurement goes beside the RAM-bandwidth estimate, not on a GPU', () => {
    const cpu: StoredMeasurement = { machineId: '0123456789abcdef', device: { kind: 'cpu' }, contextTokens: 640, measurement: measurement({ backend: 'cpu', gpus: [], decodeTokensPerSecond: 4 }) };
    const report = applyMeasurements(judged(), [cpu]);
    expect(report.devices[0]?.measured).toBeUndefined();
    // 3.83 GB read per token at 2 channels × DDR4-2400 × 0.6 = 23 GB/s effective: ≈ 6 tokens/s.
    expect(report.cpuMeasured?.[0]?.estimated.decodeTokensPerSecond).toBeCloseTo(23.04 / 3.8326, 1);
    expect(report.cpuMeasured?.[0]?.estimated.promptTokensPerSecond).toBeNull();
  });
});
