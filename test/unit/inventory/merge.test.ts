import { describe, expect, it } from 'vitest';
import { applyOp } from '../../../shared/inventory/apply-op';
import { itemChanges } from '../../../shared/inventory/changes';
import { observeLan, observeMachine } from '../../../shared/inventory/from-scans';
import { mergeObservation } from '../../../shared/inventory/merge';
import { emptyInventory, InventorySchema, type Inventory } from '../../../shared/inventory/schema';
import { asicOnLan, gpuAt, lanScan, localScan } from './helpers';

const rig = { id: '0123abcd0123abcd', name: 'rig-07' };
const T1 = '2026-11-20T10:00:00.000Z';
const T2 = '2026-11-21T10:00:00.000Z';

const mustApply = (inv: Inventory, ...args: Parameters<typeof applyOp> extends [Inventory, ...infer R] ? R : never): Inventory => {
  const r = applyOp(inv, ...args);
  if (!r.ok) throw new Error(r.error);
  return r.inventory;
};

describe('merging scans into the inventory', () => {
  const first = localScan(T1, [gpuAt('nvidia-rtx-3070', '0000:01:00.0'), gpuAt('nvidia-rtx-3070', '0000:02:00.0')]);

  it('adds a scanned machine as a rig of its GPUs, named from the catalogue', () => {
    const { inventory, summary } = mergeObservation(emptyInventory(), observeMachine(first, rig, 'import'));
    expect(summary).toEqual({ added: 2, updated: 0, missing: 0 });
    expect(inventory.rigs).toHaveLength(1);
    expect(inventory.rigs[0]?.name).toBe('rig-07');
    expect(inventory.items.map((i) => [i.name, i.rigId === inventory.rigs[0]?.id, i.siteId])).toEqual([
      ['GeForce RTX 3070', true, 'site-home'],
      ['GeForce RTX 3070', true, 'site-home'],
    ]);
    expect(InventorySchema.parse(inventory)).toEqual(inventory);
  });

  it('is idempotent: the same report twice is the same devices, with a second reading each', () => {
    const once = mergeObservation(emptyInventory(), observeMachine(first, rig, 'import')).inventory;
    const twice = mergeObservation(once, observeMachine(first, rig, 'import'));
    expect(twice.summary).toEqual({ added: 0, updated: 2, missing: 0 });
    expect(twice.inventory.items.map((i) => i.id)).toEqual(once.items.map((i) => i.id));
    expect(twice.inventory.rigs).toHaveLength(1);
    expect(twice.inventory.items[0]?.history).toHaveLength(2);
  });

  it('keeps what the user set (name, site, prices, notes) when the device is seen again', () => {
    let inv = mergeObservation(emptyInventory(), observeMachine(first, rig, 'import')).inventory;
    const id = inv.items[0]?.id ?? '';
    inv = mustApply(inv, { op: 'renameItem', id, name: 'Top card' }, T1);
    inv = mustApply(inv, { op: 'updateItem', id, purchasePriceUsd: 480, notes: 'bought 2021' }, T1);
    inv = mergeObservation(inv, observeMachine(first, rig, 'import')).inventory;
    expect(inv.items[0]).toMatchObject({ name: 'Top card', purchasePriceUsd: 480, notes: 'bought 2021' });
  });

  it('follows the hardware: a card swapped on the same bus takes the new model\'s name, the swap goes into its history, old prices go', () => {
    const rx = localScan(T1, [gpuAt('amd-rx-580-8gb', '0000:01:00.0'), gpuAt('amd-rx-580-8gb', '0000:02:00.0')]);
    let inv = mergeObservation(emptyInventory(), observeMachine(rx, rig, 'import')).inventory;
    const id = inv.items[0]?.id ?? '';
    inv = mustApply(inv, { op: 'updateItem', id, resaleUsd: 60, notes: 'bought 2018' }, T1);
    const merged = mergeObservation(inv, observeMachine(localScan(T2, [gpuAt('nvidia-rtx-3070', '0000:01:00.0'), gpuAt('nvidia-rtx-3070', '0000:02:00.0')]), rig, 'import'));
    expect(merged.summary).toEqual({ added: 0, updated: 2, missing: 0 });
    expect(merged.inventory.items.map((i) => [i.name, i.catalogueId])).toEqual([
      ['GeForce RTX 3070', 'nvidia-rtx-3070'],
      ['GeForce RTX 3070', 'nvidia-rtx-3070'],
    ]);
    expect(merged.inventory.items[0]).toMatchObject({ id, resaleUsd: null, purchasePriceUsd: null, notes: 'bought 2018' });
    expect(merged.inventory.items[0]?.history.map((r) => r.swapped)).toEqual([undefined, { from: 'Radeon RX 580 8GB', to: 'GeForce RTX 3070' }]);
    expect(InventorySchema.parse(merged.inventory)).toEqual(merged.inventory);
    // The same report again is no swap: the name and history stay as they are.
    const again = mergeObservation(merged.inventory, observeMachine(localScan('2026-11-22T10:00:00.000Z', [gpuAt('nvidia-rtx-3070', '0000:01:00.0')]), rig, 'import')).inventory;
    expect(again.items[0]?.history.filter((r) => r.swapped)).toHaveLength(1);
  });

  it('reports a GPU the next scan did not see as missing, and a new one as new', () => {
    let inv = mergeObservation(emptyInventory(), observeMachine(first, rig, 'import')).inventory;
    const second = localScan(T2, [gpuAt('nvidia-rtx-3070', '0000:01:00.0'), gpuAt('nvidia-rtx-3090', '0000:03:00.0')]);
    const merged = mergeObservation(inv, observeMachine(second, rig, 'import'));
    inv = merged.inventory;
    expect(merged.summary).toEqual({ added: 1, updated: 1, missing: 1 });
    const changesOf = (bus: string) => {
      const item = inv.items.find((i) => i.key.endsWith(bus));
      if (!item) throw new Error(`no item on ${bus}`);
      return itemChanges(item, inv.scans);
    };
    expect(changesOf('0000:02:00.0')).toMatchObject({ missing: true, isNew: false });
    expect(changesOf('0000:03:00.0')).toMatchObject({ missing: false, isNew: true });
    expect(changesOf('0000:01:00.0')).toMatchObject({ missing: false, isNew: false });
  });

  it('flags an ASIC whose hashrate dropped more than 10 % since the last LAN scan; a cancelled scan marks nothing missing', () => {
    let inv = mergeObservation(emptyInventory(), observeLan(lanScan(T1, [asicOnLan('10.0.0.21', 110e12), asicOnLan('10.0.0.22', 110e12)]))).inventory;
    inv = mergeObservation(inv, observeLan(lanScan(T2, [asicOnLan('10.0.0.21', 92e12), asicOnLan('10.0.0.22', 104e12)]))).inventory;
    const [a, b] = inv.items;
    expect(a && itemChanges(a, inv.scans).hashrateDrop).toEqual({ from: 110e12, to: 92e12 });
    expect(b && itemChanges(b, inv.scans).hashrateDrop).toBeNull();
    const partial = mergeObservation(inv, observeLan(lanScan('2026-11-22T10:00:00.000Z', [], true)));
    expect(partial.summary.missing).toBe(0);
    expect(a && itemChanges(partial.inventory.items[0] ?? a, partial.inventory.scans).missing).toBe(false);
  });

  it('reports missing only what a LAN scan looked for: scanning one subnet leaves the other subnet\'s miners alone', () => {
    const at = (h: number) => `2026-11-2${h}T10:00:00.000Z`;
    const changes = (inv: ReturnType<typeof mergeObservation>['inventory'], ip: string) => {
      const item = inv.items.find((i) => i.key.startsWith(`lan:${ip}:`));
      if (!item) throw new Error(`no item for ${ip}`);
      return itemChanges(item, inv.scans);
    };
    // Two VLANs: ASICs on 10.0.1.0/24 and 10.0.2.0/24, scanned together once.
    let inv = mergeObservation(emptyInventory(), observeLan(lanScan(at(1), [asicOnLan('10.0.1.21', 110e12), asicOnLan('10.0.2.21', 110e12)], false, ['10.0.1.0/24', '10.0.2.0/24']))).inventory;
    // Then only the first subnet, where the miner answered: the other subnet's miner was not looked for.
    const first = mergeObservation(inv, observeLan(lanScan(at(2), [asicOnLan('10.0.1.21', 110e12)], false, ['10.0.1.0/24'])));
    expect(first.summary.missing).toBe(0);
    expect(changes(first.inventory, '10.0.2.21').missing).toBe(false);
    inv = first.inventory;
    // Then only the second subnet, where it did not answer: missing, while the first subnet's miner is not.
    const second = mergeObservation(inv, observeLan(lanScan(at(3), [], false, ['10.0.2.0/24'])));
    expect(second.summary.missing).toBe(1);
    expect(changes(second.inventory, '10.0.2.21').missing).toBe(true);
    expect(changes(second.inventory, '10.0.1.21').missing).toBe(false);
    // An older result without ranges covers the whole scope, as before.
    const whole = mergeObservation(second.inventory, observeLan(lanScan(at(4), [], false)));
    expect(whole.summary.missing).toBe(2);
    expect(changes(whole.inventory, '10.0.1.21').missing).toBe(true);
  });

  it('keeps the stored inventory valid through scans (lastChecked is part of the schema)', () => {
    const inv = mergeObservation(emptyInventory(), observeLan(lanScan(T1, [asicOnLan('10.0.0.21', 110e12)], false, ['10.0.0.0/24']))).inventory;
    const after = mergeObservation(inv, observeLan(lanScan(T2, [], false, ['10.0.0.0/24']))).inventory;
    expect(InventorySchema.parse(after)).toEqual(after);
    expect(after.items[0]?.lastChecked).toBe(T2);
    expect(after.items[0]?.lastSeen).toBe(T1);
  });
});
