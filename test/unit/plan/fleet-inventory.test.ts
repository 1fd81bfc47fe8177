import { describe, expect, it } from 'vitest';
import { InventorySchema } from '../../../shared/inventory/schema';
import { FleetFileSchema } from '../../../shared/plan/fleet-file';
import { fleetInventory } from '../../../shared/plan/fleet-inventory';
import { auditRigOf } from '../../../shared/plan/rig-audit';
import { RentalAuditSettingsSchema } from '../../../shared/rental-audit';

const NOW = '2026-12-07T00:00:00.000Z';

describe('a fleet file as inventory and audit settings (#20.7)', () => {
  const fleet = FleetFileSchema.parse({
    sites: [
      {
        name: 'Garage',
        electricityUsdPerKwh: 0.1,
        devices: [{ name: 'Antminer S19 Pro', count: 2 }, { name: 'RTX 3090', count: 1 }],
        rigs: [{ name: 'R', gpus: [{ name: 'RTX 3070', count: 6 }], pcieWidth: 1, ramGiB: 16, cpuCores: 4, avx: true, freeSsdGB: 256, os: 'hiveos', uplinkMbps: 30, tickedFixes: ['add-ram'] }],
      },
      { name: 'Flat', devices: [{ name: 'Quantum Miner 9000', count: 1 }] },
    ],
  });
  const { inventory, rentalAudit, unknown } = fleetInventory(fleet, NOW);

  it('builds a valid inventory: catalogue ids by name, ASICs and loose GPUs at their site, rig GPUs in their rig', () => {
    expect(InventorySchema.safeParse(inventory).success).toBe(true);
    expect(inventory.items.map((i) => [i.kind, i.catalogueId, i.count, i.siteId, i.rigId])).toEqual([
      ['asic', 'antminer-s19-pro', 2, 'site-1', null],
      ['gpu', 'nvidia-rtx-3090', 1, 'site-1', null],
      ['gpu', 'nvidia-rtx-3070', 6, 'site-1', 'rig-1-1'],
    ]);
    expect(inventory.sites.map((s) => [s.electricityPerKwh, s.currency])).toEqual([[0.1, 'USD'], [null, null]]);
    expect(unknown).toEqual([{ name: 'Quantum Miner 9000', closest: expect.any(Array) }]);
  });

  it('hands the audit the owner\'s figures in their own units (SSD in GB, exactly: 256 GB is io.net\'s minimum; RAM in GiB, x1 links, the OS)', () => {
    const rig = auditRigOf(inventory.rigs[0], inventory.items.filter((i) => i.rigId === 'rig-1-1'));
    expect(rig).toMatchObject({ id: 'rig-1-1', ramGiB: 16, cpuCores: 4, avx: true, freeSsdGB: 256, os: 'hiveos' });
    expect(rig?.gpus).toEqual([expect.objectContaining({ modelId: 'nvidia-rtx-3070', count: 6, pcieWidth: 1, vramGiB: 8 })]);
    expect(RentalAuditSettingsSchema.parse(rentalAudit)).toEqual({
      ruleOverrides: {},
      userInputs: { 'rig-1-1': { downlinkMbps: null, uplinkMbps: 30, uptimePercent: null } },
      tickedFixes: { 'rig-1-1': ['add-ram'] },
    });
  });

  it('refuses unknown keys, a count below one and markup in names', () => {
    expect(FleetFileSchema.safeParse({ sites: [{ name: 'A', extra: 1 }] }).success).toBe(false);
    expect(FleetFileSchema.safeParse({ sites: [{ name: 'A', devices: [{ name: 'S19', count: 0 }] }] }).success).toBe(false);
    expect(FleetFileSchema.safeParse({ sites: [{ name: '<b>A</b>' }] }).success).toBe(false);
    expect(FleetFileSchema.safeParse({ sites: [] }).success).toBe(false);
  });
});
