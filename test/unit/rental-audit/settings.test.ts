import { describe, expect, it } from 'vitest';
import { auditInEnglish, auditRigs, RentalAuditSettingsSchema } from '../../../shared/rental-audit';
import { desktop3090, rtx3070Rig, rx580Rig } from './rigs';

describe('audit settings and the whole-site entry point', () => {
  it('a settings file with nothing in it parses to empty settings; a bad entry is refused', () => {
    expect(RentalAuditSettingsSchema.parse({})).toEqual({ ruleOverrides: {}, userInputs: {}, tickedFixes: {} });
    expect(RentalAuditSettingsSchema.safeParse({ userInputs: { r1: { downlinkMbps: -5, uplinkMbps: null, uptimePercent: null } } }).success).toBe(false);
    expect(RentalAuditSettingsSchema.safeParse({ userInputs: { r1: { downlinkMbps: 100, uplinkMbps: 50, uptimePercent: 101 } } }).success).toBe(false);
  });

  it('audits each rig with its own inputs and ticks under the same edited rules', () => {
    const settings = RentalAuditSettingsSchema.parse({
      ruleOverrides: { 'ionet-ssd': { threshold: 100 } },
      userInputs: { rtx3070: { downlinkMbps: 500, uplinkMbps: 100, uptimePercent: 95 } },
      tickedFixes: { rtx3070: ['pcie-slots', 'add-ram', 'add-ssd', 'replace-cpu'] },
    });
    const [rx, rtx, desk] = auditRigs([rx580Rig, rtx3070Rig, desktop3090], settings);
    // io.net's SSD edited to 100 GB: the 3070 rig's 120 GB now passes it
    expect(rtx?.audit.platforms.find((p) => p.platform === 'ionet')?.verdict).toBe('passes');
    expect(rtx?.rent.counted).toEqual(['vast', 'ionet', 'salad', 'clore']);
    expect(rx?.rent.counted).toEqual([]);
    expect(rx?.audit.fixes.find((f) => f.key === 'add-ssd')?.amount).toBe(100 - 40);
    expect(desk?.rent.unchecked.map((u) => u.platform)).toEqual(['vast', 'ionet']);
  });

  it('carries the English beside every code for JSON and reports, and survives a JSON round trip', () => {
    const [r] = auditRigs([rtx3070Rig]);
    if (!r) throw new Error('no audit');
    const json = JSON.parse(JSON.stringify(auditInEnglish(r.audit)));
    expect(json.message.text).toBe('Platforms that remain: Vast.ai, io.net, Salad, Clore.ai');
    const ram = json.platforms[0].results.find((x: { rule: { id: string } }) => x.rule.id === 'vast-ram');
    expect(ram.message.text).toBe('RAM 16 GiB; needs 4 GiB per GPU, 24 GiB for 6 GPUs');
    expect(ram.fix.message).toEqual({ code: 'fix-add-ram', values: { gib: 8, total: 24 }, text: 'Add 8 GiB of RAM (to 24 GiB)' });
    expect(ram.rule.source).toMatchObject({ ref: 'https://vast.ai/docs/hosting/verification-stages', date: '2026-12' });
  });
});
