import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { emptyAuditSettings } from '../../../shared/rental-audit';
import { createAppServices } from '../../../electron/services/app-services';
import { applyRentalAuditChange, SetRentalAuditInputSchema } from '../../../shared/api/rental-audit-schemas';

const dirs: string[] = [];
const configDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rigshift-audit-api-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('setRentalAudit input', () => {
  it('needs a rig id for a rig’s line, uptime and ticked fixes', () => {
    expect(SetRentalAuditInputSchema.safeParse({ tickedFixes: ['add-ram'] }).success).toBe(false);
    expect(SetRentalAuditInputSchema.safeParse({ rigId: 'rig-a', tickedFixes: ['add-ram'] }).success).toBe(true);
  });

  it('refuses an uptime above 100 %, a negative threshold, a broken GPU pattern and unknown fields', () => {
    const inputs = { downlinkMbps: 100, uplinkMbps: 20, uptimePercent: 120 };
    expect(SetRentalAuditInputSchema.safeParse({ rigId: 'rig-a', userInputs: inputs }).success).toBe(false);
    expect(SetRentalAuditInputSchema.safeParse({ ruleOverrides: { 'vast-ram': { threshold: -1 } } }).success).toBe(false);
    expect(SetRentalAuditInputSchema.safeParse({ ruleOverrides: { 'vast-gpu': { extraModelPatterns: ['RX (580'] } } }).success).toBe(false);
    expect(SetRentalAuditInputSchema.safeParse({ ruleOverrides: {}, surprise: 1 }).success).toBe(false);
  });
});

describe('applyRentalAuditChange', () => {
  it('sets a rig’s entries without touching another rig’s, and null puts a rule back as shipped', () => {
    const one = applyRentalAuditChange(emptyAuditSettings, { rigId: 'rig-a', tickedFixes: ['add-ram', 'add-ram', 'add-ssd'], ruleOverrides: { 'vast-ram': { threshold: 2 } } });
    const two = applyRentalAuditChange(one, { rigId: 'rig-b', userInputs: { downlinkMbps: 500, uplinkMbps: 50, uptimePercent: 99 }, ruleOverrides: { 'vast-ram': null } });
    expect(two.tickedFixes).toEqual({ 'rig-a': ['add-ram', 'add-ssd'] });
    expect(two.userInputs['rig-b']?.uplinkMbps).toBe(50);
    expect(two.ruleOverrides).toEqual({});
    expect(one.ruleOverrides).toEqual({ 'vast-ram': { threshold: 2 } });
  });
});

describe('rental audit through the contract', () => {
  it('stores what the user enters, reads it back after a restart, and refuses bad input with nothing changed', async () => {
    const dir = configDir();
    const first = createAppServices({ configDir: dir });
    const set = await first.dispatch('setRentalAudit', { rigId: 'rig-07', userInputs: { downlinkMbps: 300, uplinkMbps: 30, uptimePercent: 95 }, tickedFixes: ['pcie-slots'] });
    expect(set.ok).toBe(true);
    const bad = await first.dispatch('setRentalAudit', { rigId: 'rig-07', userInputs: { downlinkMbps: -5, uplinkMbps: 30, uptimePercent: 95 } });
    expect(bad.ok).toBe(false);
    const again = await createAppServices({ configDir: dir }).dispatch('getRentalAudit', {});
    expect(again.ok && again.data).toMatchObject({ userInputs: { 'rig-07': { downlinkMbps: 300, uplinkMbps: 30, uptimePercent: 95 } }, tickedFixes: { 'rig-07': ['pcie-slots'] } });
  });
});
