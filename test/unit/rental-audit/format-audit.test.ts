import { describe, expect, it } from 'vitest';
import { costText, formatAudit, formatRigAudit } from '../../../electron/cli/format-audit';
import { audit, defaultAuditRules, mergeRules, noUserInputs } from '../../../shared/rental-audit';
import { rtx3070Rig, rx580Rig } from './rigs';

const rules = mergeRules(defaultAuditRules);

describe('the CLI text of the audit', () => {
  const a = audit(rtx3070Rig, { downlinkMbps: 500, uplinkMbps: 100, uptimePercent: 95 }, rules);

  it('prints each platform, each rule as PASS/FAIL/UNKNOWN with value against required, fixes with costs and what remains', () => {
    const text = formatRigAudit(a, ['add-ssd']);
    expect(text).toContain('Rental readiness: 6× RTX 3070 on risers');
    expect(text).toContain('Vast.ai: passes after 4 fixes');
    expect(text).toContain('✗ FAIL    RAM 16 GiB; needs 4 GiB per GPU, 24 GiB for 6 GPUs');
    expect(text).toContain('✗ FAIL    PCIe x1; needs 1 lane per 2.5 TFLOPS, x9 for GeForce RTX 3070 (20.31 TFLOPS)');
    expect(text).toContain('✓ PASS    GPU 6× GeForce RTX 3070; accepted: NVIDIA 10-series or newer');
    expect(text).toContain('[ ] Add 8 GiB of RAM (to 24 GiB) — about $24–$64 (rough assumption, 2026-12: desktop DDR4/DDR5 modules, used to new, per GiB)');
    expect(text).toContain('[x] Add 648 GB of SSD space (to 768 GB free)');
    expect(text).toContain('Replace the x1 risers with x16 slots: a board with 6 slots of x16 or wider');
    expect(text).toContain('Platforms that remain: Vast.ai, io.net, Salad, Clore.ai');
    expect(text).toContain('Rent counts: io.net, Salad, Clore.ai');
    expect(text).toContain('[inferred]');
    // CPU 40–250 + RAM 8 × 3–8 + SSD 648 × 0.05–0.12 + a workstation board 500–1500 (cost-assumptions.ts)
    expect(text).toContain('All fixes: about $596–$1,892, a sum of rough assumptions\n');
  });

  it('marks unknown rules and says when nothing remains for Rent', () => {
    const rx = formatRigAudit(audit(rx580Rig, noUserInputs, rules));
    expect(rx).toContain('? UNKNOWN Download ? Mbps; needs at least 10 Mbps');
    expect(rx).toContain('Vast.ai: fails');
    expect(rx).toContain('3 rules unknown');
    expect(rx).toContain('Rent counts: none');
  });

  it('lists each rule source once, with the month it was read', () => {
    const text = formatAudit([a, audit(rx580Rig, noUserInputs, rules)], { rtx3070: ['add-ssd'] });
    expect(text.match(/https:\/\/vast\.ai\/docs\/hosting\/verification-stages/g)).toHaveLength(1);
    expect(text).toContain('(read 2026-12)');
    expect(text.split('Rental readiness:')).toHaveLength(3);
  });

  it('words a cost range, a fixed cost and a missing price', () => {
    expect(costText(null)).toBe('cost depends on your provider');
    expect(costText({ lowUsd: 0, highUsd: 0, basis: 'assumption', date: '2026-12', basisCode: 'cost-basis-os' })).toMatch(/^about \$0 \(rough assumption/);
  });
});
