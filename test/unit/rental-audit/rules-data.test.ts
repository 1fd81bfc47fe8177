import { describe, expect, it } from 'vitest';
import { gpuCatalogue } from '../../../shared/catalogue/gpu-catalogue';
import { AuditRuleSchema, defaultAuditRules, PLATFORMS, RULES_READ_ON } from '../../../shared/rental-audit';
import { matchesName } from '../../../shared/rental-audit/measure';

describe('marketplace rules as data', () => {
  it('every rule is valid, has a unique id, a web source and the month it was read', () => {
    const ids = defaultAuditRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of defaultAuditRules) {
      expect(AuditRuleSchema.safeParse(rule).success, rule.id).toBe(true);
      expect(rule.source.ref, rule.id).toMatch(/^https:\/\//);
      expect(rule.readOn, rule.id).toBe(RULES_READ_ON);
      expect(rule.id.startsWith(rule.platform), rule.id).toBe(true);
    }
    expect(RULES_READ_ON).toBe('2026-12');
  });

  it('covers Vast.ai, io.net, Salad and Clore.ai', () => {
    for (const p of PLATFORMS) expect(defaultAuditRules.some((r) => r.platform === p), p).toBe(true);
    expect(PLATFORMS).toEqual(['vast', 'ionet', 'salad', 'clore']);
  });

  it('Vast.ai’s AMD list matches exactly the catalogue’s MI25+, Radeon VII, RX 7900 GRE/XT/XTX and Pro W7800/W7900', () => {
    const vastGpu = defaultAuditRules.find((r) => r.id === 'vast-gpu');
    if (vastGpu?.kind !== 'gpu-allowed') throw new Error('vast-gpu missing');
    const accepted = gpuCatalogue.filter((g) => g.vendor === 'amd' && vastGpu.extraModelPatterns.some((p) => matchesName(p, g.name))).map((g) => g.id);
    expect(accepted).toEqual(expect.arrayContaining(['amd-radeon-vii', 'amd-rx-7900-gre', 'amd-rx-7900-xt', 'amd-rx-7900-xtx', 'amd-instinct-mi50-16gb', 'amd-instinct-mi100']));
    for (const id of accepted) expect(id, id).toMatch(/radeon-vii|rx-7900|instinct-mi(25|50|60|100|2\d\d|3\d\d)|w7[89]00/);
    expect(accepted).not.toContain('amd-rx-580-8gb');
    expect(accepted.some((id) => /rx-7800|rx-7700|rx-6900/.test(id))).toBe(false);
  });
});
