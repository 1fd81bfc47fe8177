import { describe, expect, it } from 'vitest';
import { audit, defaultAuditRules, mergeRules, noUserInputs, type AuditRig, type RigAudit } from '../../../shared/rental-audit';
import { costAssumptions } from '../../../shared/rental-audit/cost-assumptions';
import { desktop3090 } from './rigs';

const rules = mergeRules(defaultAuditRules);
const status = (a: RigAudit, id: string) => a.platforms.flatMap((p) => p.results).find((r) => r.rule.id === id);
const withGpu = (name: string, extra: Partial<AuditRig['gpus'][number]> = {}, os: AuditRig['os'] = 'windows'): AuditRig => ({
  ...desktop3090, os, gpus: desktop3090.gpus.map((g) => ({ ...g, name, modelId: null, ...extra })),
});

describe('rule cases', () => {
  it('io.net’s Windows rule takes RTX 30-series and newer only, and only on Windows', () => {
    expect(status(audit(withGpu('GeForce RTX 2080 Ti'), noUserInputs, rules), 'ionet-gpu-windows')?.status).toBe('fail');
    expect(status(audit(withGpu('GeForce RTX 3060'), noUserInputs, rules), 'ionet-gpu-windows')?.status).toBe('pass');
    expect(status(audit(withGpu('GeForce RTX 2080 Ti', {}, 'ubuntu'), noUserInputs, rules), 'ionet-gpu-windows')).toBeUndefined();
    expect(status(audit(withGpu('GeForce RTX 2080 Ti', {}, null), noUserInputs, rules), 'ionet-gpu-windows')?.status).toBe('unknown');
  });

  it('Vast.ai: NVIDIA below compute capability 6.1 fails, an unknown one is unknown', () => {
    expect(status(audit(withGpu('GeForce GTX 980', { computeCapability: '5.2' }), noUserInputs, rules), 'vast-gpu')?.status).toBe('fail');
    expect(status(audit(withGpu('GeForce GTX 1070', { computeCapability: '6.1' }), noUserInputs, rules), 'vast-gpu')?.status).toBe('pass');
    expect(status(audit(withGpu('Some NVIDIA card', { computeCapability: null }), noUserInputs, rules), 'vast-gpu')?.status).toBe('unknown');
    expect(status(audit(withGpu('Radeon RX 7900 XTX', { vendor: 'amd', computeCapability: null }), noUserInputs, rules), 'vast-gpu')?.status).toBe('pass');
  });

  it('Salad refuses NVIDIA cards outside GeForce RTX/GTX', () => {
    expect(status(audit(withGpu('P106-100'), noUserInputs, rules), 'salad-gpu')?.status).toBe('fail');
    expect(status(audit(withGpu('GeForce GTX 1660 SUPER'), noUserInputs, rules), 'salad-gpu')?.status).toBe('pass');
  });

  it('a mixed rig fails Vast.ai’s same-type rule; splitting it costs one more machine per extra model', () => {
    const mixed: AuditRig = {
      ...desktop3090,
      gpus: [...desktop3090.gpus, { modelId: 'nvidia-rtx-3070', name: 'GeForce RTX 3070', vendor: 'nvidia', count: 2, vramGiB: 8, fp32Tflops: 20.31, computeCapability: '8.6', pcieWidth: 16 }],
    };
    const r = status(audit(mixed, noUserInputs, rules), 'vast-same-type');
    expect(r).toMatchObject({ status: 'fail', measured: 2, required: 1 });
    expect(r?.fix).toMatchObject({ code: 'split-machines', amount: 2, cost: { lowUsd: costAssumptions.machine.lowUsd, highUsd: costAssumptions.machine.highUsd } });
  });

  it('unknown host facts are unknown, never pass', () => {
    const blank: AuditRig = { ...desktop3090, ramGiB: null, cpuCores: null, avx: null, freeSsdGB: null, os: null, gpus: desktop3090.gpus.map((g) => ({ ...g, pcieWidth: null })) };
    const a = audit(blank, noUserInputs, rules);
    for (const id of ['vast-ram', 'vast-cores', 'vast-avx', 'vast-ssd', 'vast-os', 'vast-lanes', 'ionet-ram', 'clore-os']) expect(status(a, id)?.status, id).toBe('unknown');
    expect(a.platforms.find((p) => p.platform === 'vast')?.verdict).toBe('passes');
    expect(a.platforms.find((p) => p.platform === 'vast')?.unknownRuleIds).toEqual(['vast-os', 'vast-down', 'vast-up', 'vast-cores', 'vast-avx', 'vast-ram', 'vast-ssd', 'vast-lanes']);
  });

  it('a non-blocking rule never changes the verdict', () => {
    const a = audit({ ...desktop3090, gpus: desktop3090.gpus.map((g) => ({ ...g, vramGiB: 6 })) }, { downlinkMbps: 50, uplinkMbps: 50, uptimePercent: 50 }, rules);
    expect(status(a, 'vast-verify-vram')?.status).toBe('fail');
    expect(status(a, 'clore-uptime')?.status).toBe('fail');
    expect(a.platforms.find((p) => p.platform === 'clore')?.verdict).toBe('passes');
    expect(a.platforms.find((p) => p.platform === 'vast')?.verdict).toBe('passes');
  });

  it('Vast.ai verification wants ≈2.6 Mbps per GiB of total VRAM both ways, between 100 and 500 (advisory)', () => {
    const six3090: AuditRig = { ...desktop3090, gpus: desktop3090.gpus.map((g) => ({ ...g, count: 6 })) };
    const line = { downlinkMbps: 1000, uplinkMbps: 300, uptimePercent: 99 };
    // 6 × 24 GiB × 2.6 = 374.4 → 375 Mbps (earnings.md §4: "a 6×24 GB rig needs ~374 Mbps symmetric")
    const r = status(audit(six3090, line, rules), 'vast-verify-line');
    expect(r).toMatchObject({ status: 'fail', measured: 300, required: 375, rule: { blocking: false } });
    expect(r?.fix).toMatchObject({ code: 'faster-line', amount: 375, cost: null });
    expect(status(audit(desktop3090, line, rules), 'vast-verify-line')).toMatchObject({ status: 'pass', required: 100 });
    const huge: AuditRig = { ...six3090, gpus: six3090.gpus.map((g) => ({ ...g, count: 12 })) };
    expect(status(audit(huge, line, rules), 'vast-verify-line')?.required).toBe(500);
    expect(status(audit(desktop3090, noUserInputs, rules), 'vast-verify-line')?.status).toBe('unknown');
  });
});
