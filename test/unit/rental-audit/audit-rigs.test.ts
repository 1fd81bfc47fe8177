import { describe, expect, it } from 'vitest';
import { audit, defaultAuditRules, mergeRules, noUserInputs, type RigAudit, type RuleResult } from '../../../shared/rental-audit';
import { costAssumptions } from '../../../shared/rental-audit/cost-assumptions';
import { vastRules } from '../../../shared/rental-audit/rules-vast';
import { desktop3090, rtx3070Rig, rx580Rig } from './rigs';

const rules = mergeRules(defaultAuditRules);
const rule = (a: RigAudit, id: string): RuleResult => {
  const found = a.platforms.flatMap((p) => p.results).find((r) => r.rule.id === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
};
const platform = (a: RigAudit, p: string) => a.platforms.find((x) => x.platform === p);
/** The published figures, read from the rules data so a test fails if the data and the maths drift apart. */
const vast = Object.fromEntries(vastRules.map((r) => [r.id, r]));
const ramPerGpu = vast['vast-ram']?.kind === 'ram-per-gpu' ? vast['vast-ram'].minGiBPerGpu : NaN;
const ssdPerGpu = vast['vast-ssd']?.kind === 'ssd-per-gpu' ? vast['vast-ssd'].minGBPerGpu : NaN;

describe('8× RX 580 on x1 risers, 8 GiB RAM, 2-core CPU without AVX, HiveOS', () => {
  const a = audit(rx580Rig, noUserInputs, rules);

  it('fails Vast.ai for good (AMD Polaris is not on its list), though each host rule still says what it lacks', () => {
    expect(rule(a, 'vast-gpu')).toMatchObject({ status: 'fail', fixable: false, fix: null });
    expect(platform(a, 'vast')).toMatchObject({ verdict: 'fails', fixes: [] });
    expect(rule(a, 'vast-ram')).toMatchObject({ status: 'fail', measured: 8, required: ramPerGpu * 8 });
    expect(rule(a, 'vast-ram').fix).toMatchObject({ code: 'add-ram', amount: ramPerGpu * 8 - 8 });
    expect(rule(a, 'vast-ram').fix?.amount).toBe(24);
    // 6.17 TFLOPS × 1/2.5 = 2.47 → 3 lanes → the narrowest slot with 3 lanes is x4
    expect(rule(a, 'vast-lanes')).toMatchObject({ status: 'fail', measured: 1, required: 3 });
    expect(rule(a, 'vast-lanes').fix).toMatchObject({ code: 'pcie-slots', amount: 4, message: { values: { width: 1, slot: 4, gpus: 8 } } });
    expect(rule(a, 'vast-cores')).toMatchObject({ status: 'fail', measured: 2, required: 8 });
    expect(rule(a, 'vast-avx').status).toBe('fail');
    expect(rule(a, 'vast-ssd').fix?.amount).toBe(ssdPerGpu * 8 - 40);
    expect(rule(a, 'vast-os')).toMatchObject({ status: 'fail', measured: 'HiveOS', required: 'Ubuntu' });
    expect(rule(a, 'vast-same-type').status).toBe('pass');
    expect(rule(a, 'vast-verify-vram').status).toBe('pass');
    expect(rule(a, 'vast-down').status).toBe('unknown');
  });

  it('fails Salad (NVIDIA RTX/GTX only) and Clore.ai (NVIDIA, inferred) for good', () => {
    expect(platform(a, 'salad')?.verdict).toBe('fails');
    expect(rule(a, 'clore-gpu')).toMatchObject({ status: 'fail', rule: { basis: 'inferred' } });
    expect(rule(a, 'clore-os').status).toBe('pass');
    expect(platform(a, 'clore')?.verdict).toBe('fails');
  });

  it('io.net states no GPU rule for Linux workers: it remains after RAM and SSD, with the line and uptime unknown', () => {
    expect(platform(a, 'ionet')?.results.map((r) => r.rule.id)).not.toContain('ionet-gpu-windows');
    expect(rule(a, 'ionet-ram').fix?.amount).toBe(12 - 8);
    expect(rule(a, 'ionet-ssd').fix?.amount).toBe(256 - 40);
    expect(platform(a, 'ionet')).toMatchObject({ verdict: 'passes-after-fixes', unknownRuleIds: ['ionet-down', 'ionet-up', 'ionet-uptime'] });
    expect(a.remaining).toEqual(['ionet']);
    expect(a.fixes.map((f) => [f.key, f.amount])).toEqual([['add-ram', 4], ['add-ssd', 216]]);
    expect(a.message).toEqual({ code: 'audit-remain', values: { platforms: 'io.net' } });
  });
});

describe('6× RTX 3070 on x1 risers, 16 GiB RAM, 4 cores, 120 GB SSD, Ubuntu', () => {
  const inputs = { downlinkMbps: 500, uplinkMbps: 100, uptimePercent: 95 };
  const a = audit(rtx3070Rig, inputs, rules);

  it('fails Vast.ai on lanes, RAM, SSD and cores, each with a fix: passes after fixes', () => {
    // 20.31 TFLOPS / 2.5 = 8.12 → 9 lanes: an x8 slot is not enough, x16 is
    expect(rule(a, 'vast-lanes')).toMatchObject({ status: 'fail', measured: 1, required: 9 });
    expect(rule(a, 'vast-lanes').fix).toMatchObject({ amount: 16, message: { values: { width: 1, slot: 16, gpus: 6 } } });
    // 6 GPUs need a workstation/server platform: one board of the large kind
    expect(rule(a, 'vast-lanes').fix?.cost).toMatchObject({ lowUsd: costAssumptions.boardLarge.lowUsd, highUsd: costAssumptions.boardLarge.highUsd, basis: 'assumption' });
    expect(rule(a, 'vast-ram').fix?.amount).toBe(ramPerGpu * 6 - 16);
    expect(rule(a, 'vast-ram').fix?.amount).toBe(8);
    expect(rule(a, 'vast-ram').fix?.cost).toMatchObject({ lowUsd: 8 * costAssumptions.ramPerGiB.lowUsd, highUsd: 8 * costAssumptions.ramPerGiB.highUsd });
    expect(rule(a, 'vast-ssd').fix?.amount).toBe(ssdPerGpu * 6 - 120);
    expect(rule(a, 'vast-cores')).toMatchObject({ status: 'fail', required: 6 });
    expect(rule(a, 'vast-cores').fix).toMatchObject({ code: 'replace-cpu', amount: 6 });
    for (const id of ['vast-gpu', 'vast-os', 'vast-avx', 'vast-same-type', 'vast-down', 'vast-up', 'vast-verify-vram', 'vast-verify-uptime']) expect(rule(a, id).status, id).toBe('pass');
    expect(platform(a, 'vast')).toMatchObject({ verdict: 'passes-after-fixes', unknownRuleIds: [], message: { code: 'audit-passes-after-fixes', values: { platform: 'Vast.ai', count: 4 } } });
  });

  it('every platform remains; the rig-level SSD fix is the largest any platform needs', () => {
    expect(platform(a, 'ionet')?.fixes.map((f) => [f.key, f.amount])).toEqual([['add-ssd', 256 - 120]]);
    expect(platform(a, 'salad')?.verdict).toBe('passes');
    expect(platform(a, 'clore')?.verdict).toBe('passes');
    expect(a.remaining).toEqual(['vast', 'ionet', 'salad', 'clore']);
    expect(a.fixes.find((f) => f.key === 'add-ssd')?.amount).toBe(768 - 120);
  });

  it('an uplink below io.net’s 75 Mbps fails with a line fix that has no assumed price', () => {
    const slow = audit(rtx3070Rig, { ...inputs, uplinkMbps: 20 }, rules);
    expect(rule(slow, 'ionet-up')).toMatchObject({ status: 'fail', measured: 20, required: 75 });
    expect(rule(slow, 'ionet-up').fix).toMatchObject({ code: 'faster-up', amount: 75, cost: null });
    expect(rule(slow, 'vast-up').status).toBe('pass');
  });
});

describe('desktop RTX 3090 at x16 with 64 GiB RAM', () => {
  const a = audit(desktop3090, noUserInputs, rules);

  it('passes every hardware rule; only the line (not entered) is unknown', () => {
    // 35.58 / 2.5 = 14.2 → 15 lanes ≤ 16
    expect(rule(a, 'vast-lanes')).toMatchObject({ status: 'pass', measured: 16, required: 15 });
    expect(rule(a, 'vast-ram')).toMatchObject({ status: 'pass', measured: 64, required: 4 });
    expect(platform(a, 'vast')).toMatchObject({ verdict: 'passes', unknownRuleIds: ['vast-down', 'vast-up'] });
    expect(rule(a, 'vast-verify-uptime').status).toBe('unknown');
    expect(a.platforms.map((p) => p.verdict)).toEqual(['passes', 'passes', 'passes', 'passes']);
    expect(a.fixes).toEqual([]);
  });

  it('caps the lanes rule at x16 for cards above 40 TFLOPS', () => {
    const big = { ...desktop3090, gpus: desktop3090.gpus.map((g) => ({ ...g, name: 'GeForce RTX 4090', fp32Tflops: 82.58 })) };
    expect(rule(audit(big, noUserInputs, rules), 'vast-lanes')).toMatchObject({ status: 'pass', required: 16 });
  });
});
