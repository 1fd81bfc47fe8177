import { describe, expect, it } from 'vitest';
import { audit, defaultAuditRules, mergeRules, noUserInputs, rentPlatforms, RuleOverridesSchema, thresholdOf, totalCost } from '../../../shared/rental-audit';
import { costAssumptions } from '../../../shared/rental-audit/cost-assumptions';
import { desktop3090, rtx3070Rig, rx580Rig } from './rigs';

const inputs = { downlinkMbps: 500, uplinkMbps: 100, uptimePercent: 95 };

describe('user overrides of the rules', () => {
  it('validates what the settings file stores: known fields, sane numbers, valid patterns only', () => {
    expect(RuleOverridesSchema.safeParse({ 'vast-ram': { threshold: 8 }, 'clore-os': { allowedOs: ['hiveos'] } }).success).toBe(true);
    expect(RuleOverridesSchema.safeParse({ 'vast-ram': { threshold: -1 } }).success).toBe(false);
    expect(RuleOverridesSchema.safeParse({ 'vast-ram': { min: 8 } }).success).toBe(false);
    expect(RuleOverridesSchema.safeParse({ 'vast-gpu': { extraModelPatterns: ['RX (580'] } }).success).toBe(false);
    expect(RuleOverridesSchema.safeParse({ 'Vast RAM': { threshold: 8 } }).success).toBe(false);
  });

  it('merges edits over the shipped rules, marks them edited and drops switched-off rules', () => {
    const merged = mergeRules(defaultAuditRules, { 'vast-ram': { threshold: 8 }, 'vast-lanes': { enabled: false }, 'nope-rule': { threshold: 1 } });
    const ram = merged.find((r) => r.id === 'vast-ram');
    expect(ram && thresholdOf(ram)).toBe(8);
    expect(ram?.edited).toBe(true);
    expect(merged.find((r) => r.id === 'vast-ssd')?.edited).toBe(false);
    expect(merged.some((r) => r.id === 'vast-lanes')).toBe(false);
    expect(merged).toHaveLength(defaultAuditRules.length - 1);
    const a = audit(rtx3070Rig, inputs, merged);
    const ramResult = a.platforms[0]?.results.find((r) => r.rule.id === 'vast-ram');
    expect(ramResult?.fix?.amount).toBe(8 * 6 - 16);
    expect(a.platforms[0]?.fixes.map((f) => f.key)).not.toContain('pcie-slots');
  });

  it('an edit that changes nothing is not marked edited; a user may let Clore.ai take AMD cards', () => {
    expect(mergeRules(defaultAuditRules, { 'vast-ram': { threshold: 4 } }).find((r) => r.id === 'vast-ram')?.edited).toBe(false);
    const merged = mergeRules(defaultAuditRules, { 'clore-gpu': { extraModelPatterns: ['RX 580'] } });
    expect(audit(rx580Rig, noUserInputs, merged).remaining).toEqual(['ionet', 'clore']);
  });
});

describe('what Rent may count', () => {
  const a = audit(rtx3070Rig, inputs, mergeRules(defaultAuditRules));

  it('counts only platforms passed now until fixes are ticked', () => {
    const none = rentPlatforms(a, []);
    expect(none.counted).toEqual(['salad', 'clore']);
    expect(none.excluded).toEqual([
      { platform: 'vast', why: 'fixes-not-ticked', missingFixKeys: ['replace-cpu', 'add-ram', 'add-ssd', 'pcie-slots'] },
      { platform: 'ionet', why: 'fixes-not-ticked', missingFixKeys: ['add-ssd'] },
    ]);
    expect(rentPlatforms(a, ['add-ssd']).counted).toEqual(['ionet', 'salad', 'clore']);
    expect(rentPlatforms(a, a.fixes.map((f) => f.key)).counted).toEqual(['vast', 'ionet', 'salad', 'clore']);
  });

  it('never counts a platform failed for good, whatever is ticked', () => {
    const rx = audit(rx580Rig, noUserInputs, mergeRules(defaultAuditRules));
    const all = rentPlatforms(rx, ['add-ram', 'add-ssd', 'pcie-slots', 'replace-cpu', 'install-os-ubuntu']);
    expect(all.counted).toEqual(['ionet']);
    expect(all.excluded.filter((e) => e.why === 'fails').map((e) => e.platform)).toEqual(['vast', 'salad', 'clore']);
    expect(all.unchecked).toEqual([{ platform: 'ionet', ruleIds: ['ionet-down', 'ionet-up', 'ionet-uptime'] }]);
  });

  it('says which counted platforms still have unknown rules', () => {
    const d = rentPlatforms(audit(desktop3090, noUserInputs, mergeRules(defaultAuditRules)), []);
    expect(d.counted).toHaveLength(4);
    expect(d.unchecked.map((u) => u.platform)).toEqual(['vast', 'ionet']);
  });

  it('adds up the rough costs of the ticked fixes as a range', () => {
    const ram = a.fixes.find((f) => f.key === 'add-ram');
    const ssd = a.fixes.find((f) => f.key === 'add-ssd');
    expect(ram && ssd).toBeTruthy();
    const sum = totalCost([ram, ssd].flatMap((f) => (f ? [f] : [])));
    expect(sum.lowUsd).toBeCloseTo(8 * costAssumptions.ramPerGiB.lowUsd + 648 * costAssumptions.ssdPerGB.lowUsd, 6);
    expect(sum.highUsd).toBeCloseTo(8 * costAssumptions.ramPerGiB.highUsd + 648 * costAssumptions.ssdPerGB.highUsd, 6);
    expect(sum.unpriced).toBe(0);
    expect(sum.highUsd).toBeGreaterThan(sum.lowUsd);
  });
});
