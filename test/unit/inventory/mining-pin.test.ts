import { describe, expect, it } from 'vitest';
import { applyOp } from '../../../shared/inventory/apply-op';
import { InventoryOpSchema } from '../../../shared/inventory/operations';
import { emptyInventory, InventorySchema, type Inventory } from '../../../shared/inventory/schema';

const NOW = '2026-12-07T12:00:00.000Z';
const apply = (inv: Inventory, op: unknown) => applyOp(inv, InventoryOpSchema.parse(op), NOW);
function run(inv: Inventory, op: unknown): Inventory {
  const r = apply(inv, op);
  if (!r.ok) throw new Error(r.error);
  return InventorySchema.parse(r.inventory);
}
const rejected = (op: unknown): boolean => !InventoryOpSchema.safeParse(op).success;

const withCards = run(run(emptyInventory(), { op: 'addItem', kind: 'gpu', catalogueId: 'amd-rx-580-8gb', count: 2 }), { op: 'addItem', kind: 'asic', catalogueId: 'antminer-s19-pro', count: 1 });
const gpu = withCards.items[0]?.id ?? '';
const asic = withCards.items[1]?.id ?? '';

describe('pinMining: the user\'s coin, hashrate and wall power per card (#24.3)', () => {
  it('stores the pin with the item, and null clears it', () => {
    const pinned = run(withCards, { op: 'pinMining', id: gpu, pin: { coin: 'erg', hashrateHs: 120e6, wallPowerW: 110 } });
    expect(pinned.items[0]?.miningPin).toEqual({ coin: 'erg', hashrateHs: 120e6, wallPowerW: 110 });
    expect(run(pinned, { op: 'pinMining', id: gpu, pin: { wallPowerW: 95 } }).items[0]?.miningPin).toEqual({ wallPowerW: 95 });
    const cleared = run(pinned, { op: 'pinMining', id: gpu, pin: null });
    expect(cleared.items[0]).not.toHaveProperty('miningPin');
    expect(run(pinned, { op: 'pinMining', id: gpu, pin: {} }).items[0]).not.toHaveProperty('miningPin');
  });

  it('rejects at the boundary a hashrate out of (0, 1e15), a power outside 1–5000 W, an unknown coin, a hashrate without its coin, extra fields', () => {
    for (const pin of [{ coin: 'rvn', hashrateHs: 0 }, { coin: 'rvn', hashrateHs: -5 }, { coin: 'rvn', hashrateHs: 1e15 }, { coin: 'rvn', hashrateHs: Number.NaN }, { wallPowerW: 0 }, { wallPowerW: 5001 }, { coin: 'btc' }, { hashrateHs: 30e6 }, { coin: 'rvn', extra: 1 }, { coin: 'rvn', hashrateHs: '30e6' }])
      expect(rejected({ op: 'pinMining', id: gpu, pin }), JSON.stringify(pin)).toBe(true);
    expect(rejected({ op: 'pinMining', id: gpu })).toBe(true);
    expect(rejected({ op: 'pinMining', id: gpu, pin: { coin: 'rvn', hashrateHs: 999e12, wallPowerW: 5000 } })).toBe(false);
  });

  it('refuses a coin the card has no algorithm figure for, an ASIC and an unknown item, saying why', () => {
    const kaspa = apply(withCards, { op: 'pinMining', id: gpu, pin: { coin: 'kas' } });
    expect(kaspa.ok ? 'ok' : kaspa.error).toMatch(/no kheavyhash figure.*Kaspa cannot be pinned/);
    const onAsic = apply(withCards, { op: 'pinMining', id: asic, pin: { wallPowerW: 3000 } });
    expect(onAsic.ok ? 'ok' : onAsic.error).toMatch(/Only GPUs/);
    const missing = apply(withCards, { op: 'pinMining', id: 'inv-nope', pin: null });
    expect(missing.ok ? 'ok' : missing.error).toMatch(/No device inv-nope/);
  });

  it('a stored file with a bad pin does not load', () => {
    const item = withCards.items[0];
    expect(InventorySchema.safeParse({ ...withCards, items: [{ ...item, miningPin: { wallPowerW: 9000 } }] }).success).toBe(false);
  });
});
