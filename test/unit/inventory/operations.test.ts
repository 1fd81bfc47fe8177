import { describe, expect, it } from 'vitest';
import { applyOp } from '../../../shared/inventory/apply-op';
import { InventoryOpSchema } from '../../../shared/inventory/operations';
import { emptyInventory, InventorySchema, type Inventory } from '../../../shared/inventory/schema';

const NOW = '2026-11-25T12:00:00.000Z';
function run(inv: Inventory, op: unknown): Inventory {
  const parsed = InventoryOpSchema.parse(op);
  const r = applyOp(inv, parsed, NOW);
  if (!r.ok) throw new Error(r.error);
  return InventorySchema.parse(r.inventory);
}
const error = (inv: Inventory, op: unknown): string => {
  const r = applyOp(inv, InventoryOpSchema.parse(op), NOW);
  return r.ok ? 'ok' : r.error;
};

describe('inventory operations', () => {
  it('groups hand-added hardware by site and rig ("6× RTX 3070 rig" in the garage)', () => {
    let inv = run(emptyInventory(), { op: 'addSite', name: 'Garage' });
    const garage = inv.sites[1]?.id ?? '';
    expect(garage).toMatch(/^site-/);
    inv = run(inv, { op: 'addRig', siteId: garage, name: '3070 rig' });
    const rigId = inv.rigs[0]?.id ?? null;
    inv = run(inv, { op: 'addItem', kind: 'gpu', catalogueId: 'nvidia-rtx-3070', count: 6, siteId: garage, rigId });
    expect(inv.items[0]).toMatchObject({ name: 'GeForce RTX 3070', count: 6, siteId: garage, rigId, source: 'manual' });
    inv = run(inv, { op: 'updateSite', id: garage, electricityPerKwh: 0.31, currency: 'EUR' });
    expect(inv.sites[1]).toMatchObject({ electricityPerKwh: 0.31, currency: 'EUR', name: 'Garage' });
  });

  it('moves a rig with its devices, and keeps devices when their rig or site is removed', () => {
    let inv = run(emptyInventory(), { op: 'addSite', name: 'Barn' });
    const barn = inv.sites[1]?.id ?? '';
    inv = run(inv, { op: 'addRig', siteId: 'site-home', name: 'A' });
    const rigId = inv.rigs[0]?.id ?? '';
    inv = run(inv, { op: 'addItem', kind: 'asic', catalogueId: 'antminer-s19-pro', count: 2, rigId });
    inv = run(inv, { op: 'updateRig', id: rigId, siteId: barn });
    expect(inv.items[0]?.siteId).toBe(barn);
    inv = run(inv, { op: 'removeRig', id: rigId });
    expect(inv.items[0]).toMatchObject({ rigId: null, siteId: barn });
    inv = run(inv, { op: 'removeSite', id: barn });
    expect(inv.items).toHaveLength(1);
    expect(inv.items[0]?.siteId).toBe('site-home');
  });

  it('refuses what would break the inventory, saying why', () => {
    let inv = run(emptyInventory(), { op: 'addSite', name: 'Barn' });
    inv = run(inv, { op: 'addRig', siteId: inv.sites[1]?.id ?? '', name: 'B' });
    inv = run(inv, { op: 'addItem', kind: 'gpu', catalogueId: 'nvidia-rtx-3090', count: 1 });
    const itemId = inv.items[0]?.id ?? '';
    expect(error(inv, { op: 'moveItem', id: itemId, siteId: 'site-home', rigId: inv.rigs[0]?.id ?? null })).toMatch(/belongs to another site/);
    expect(error(inv, { op: 'removeSite', id: 'site-nope' })).toMatch(/No site/);
    expect(error(emptyInventory(), { op: 'removeSite', id: 'site-home' })).toMatch(/last site/);
    expect(error(inv, { op: 'addItem', kind: 'gpu', catalogueId: 'nvidia-rtx-9999', count: 1 })).toMatch(/catalogue/);
    expect(() => InventoryOpSchema.parse({ op: 'renameItem', id: itemId, name: '<img src=x onerror=alert(1)>' })).toThrow(/control characters or < >/);
    expect(() => InventoryOpSchema.parse({ op: 'renameItem', id: itemId, name: '   ' })).toThrow(/empty/);
    expect(() => InventoryOpSchema.parse({ op: 'dropTables' })).toThrow();
  });
});
