import { applyOp } from '../../../shared/inventory/apply-op';
import type { InventoryOp } from '../../../shared/inventory/operations';
import { emptyInventory, type Inventory } from '../../../shared/inventory/schema';
import { defaultPreferences } from '../../../shared/market/preferences';

const NOW = '2026-11-25T00:00:00.000Z';

/** Operations applied in turn, as the app does (fails loudly on a refused one). */
export const applyAll = (start: Inventory, ...ops: InventoryOp[]): Inventory =>
  ops.reduce((inv, op) => {
    const r = applyOp(inv, op, NOW);
    if (!r.ok) throw new Error(r.error);
    return r.inventory;
  }, start);

/** An inventory built from an empty one. */
export const build = (...ops: InventoryOp[]): Inventory => applyAll(emptyInventory(), ...ops);

/** $0.12/kWh and two hours a day of own AI work. */
export const planPrefs = { ...defaultPreferences(), electricityPerKwh: 0.12, ownUseHoursPerDay: 2 };
