import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_ID, emptyInventory, InventorySchema } from '../../../shared/inventory/schema';
import { pickerCandidates } from '../../../renderer/src/features/compare/candidate-filter';
import { inventoryCandidates } from '../../../renderer/src/features/compare/inventory-candidates';
import type { CompareCandidate } from '../../../renderer/src/features/compare/candidate';
import { subjectsFrom } from '../../../renderer/src/features/earnings/subjects';
import { distinctLabels } from '../../../shared/inventory/item-place';

const candidate = (id: string, label: string): CompareCandidate => ({ id, label, subject: { kind: 'catalogue', hardware: 'gpu', id: 'nvidia-rtx-3070', count: 1, label } });

describe('the Compare picker over a large inventory', () => {
  const all = Array.from({ length: 60 }, (_, i) => candidate(`c${i}`, `${i % 2 ? 'RTX 3070' : 'RX 580'} · rig ${i}`));

  it('lists at most the limit, counting every match', () => {
    const { shown, matching } = pickerCandidates(all, new Set(), '', 24);
    expect(shown.map((c) => c.id)).toEqual(all.slice(0, 24).map((c) => c.id));
    expect(matching).toBe(60);
  });

  it('narrows by every typed word, case-insensitively', () => {
    const { shown, matching } = pickerCandidates(all, new Set(), 'rtx RIG 1', 24);
    // Odd rigs are RTX 3070s; "1" is a substring, so rig 21 matches as well as rig 1.
    expect(shown.map((c) => c.label.replace('RTX 3070 · rig ', ''))).toEqual(['1', '11', '13', '15', '17', '19', '21', '31', '41', '51']);
    expect(matching).toBe(10);
  });

  it('keeps picked devices listed whatever the filter, so they can be unticked', () => {
    const { shown } = pickerCandidates(all, new Set(['c58']), 'RX 580', 3);
    expect(shown.map((c) => c.id)).toEqual(['c0', 'c2', 'c4', 'c58']);
  });
});

describe('inventory candidates', () => {
  it('tells apart same-named cards of one rig by slot and link, or by number', () => {
    const gpu = (bus: string, width: number) => ({
      kind: 'gpu', id: `g-${bus}`, count: 1, origin: 'import', vendor: 'nvidia', rawName: 'RTX 3070',
      match: { id: 'nvidia-rtx-3070', name: 'GeForce RTX 3070', level: 'exact', confidence: 1, reason: 'name', alternatives: [] },
      vramMiB: 8192, vramSource: null, busId: bus, pcie: { genCurrent: 2, genMax: 4, widthCurrent: width, widthMax: 16, source: null },
      powerLimitW: null, driver: null, computeCapability: null, temperatureC: null, fault: null, warnings: [],
    });
    const item = (id: string, device: unknown, rigId: string | null) => ({
      id: `inv-${id}`, key: id, scope: 'host:x', source: 'import', kind: 'gpu', name: 'GeForce RTX 3070', rawName: 'RTX 3070', catalogueId: 'nvidia-rtx-3070', count: 1,
      siteId: DEFAULT_SITE_ID, rigId, device, purchasePriceUsd: null, resaleUsd: null, notes: '', firstSeen: '2026-11-01', lastSeen: '2026-11-01', history: [],
    });
    const inventory = InventorySchema.parse({
      ...emptyInventory(),
      rigs: [{ id: 'rig-1', key: 'host:x', siteId: DEFAULT_SITE_ID, name: 'rig-07', host: null }],
      items: [item('a', gpu('0000:03:00.0', 1), 'rig-1'), item('b', gpu('0000:04:00.0', 16), 'rig-1'), item('c', null, null), item('d', null, null), item('e', null, 'rig-1'), item('f', null, 'rig-1')],
    });
    expect(inventoryCandidates(inventory).map((c) => c.label)).toEqual([
      // The rig whole first (its four cards: two scanned, two catalogue entries), then each card.
      'rig-07 (whole rig, 4 GPUs)',
      'GeForce RTX 3070 · rig-07 · 03:00.0, x1',
      'GeForce RTX 3070 · rig-07 · 04:00.0, x16',
      'GeForce RTX 3070 · #1',
      'GeForce RTX 3070 · #2',
      'GeForce RTX 3070 · rig-07 · #3',
      'GeForce RTX 3070 · rig-07 · #4',
    ]);
  });
});

describe('identical standalone devices in the pickers', () => {
  const asic = (ip: string) => ({
    id: `inv-${ip.replace(/\./g, '-')}`, key: `lan:${ip}:4028`, scope: 'lan', source: 'lan', kind: 'asic', name: 'Antminer S19 Pro', rawName: 'Antminer S19 Pro', catalogueId: 'antminer-s19-pro', count: 1,
    siteId: DEFAULT_SITE_ID, rigId: null, device: null, purchasePriceUsd: null, resaleUsd: null, notes: '', firstSeen: '2026-11-01', lastSeen: '2026-11-01', history: [],
  });
  const inventory = InventorySchema.parse({ ...emptyInventory(), items: [asic('10.0.0.21'), asic('10.0.0.22'), asic('10.0.0.23')] });

  it('Compare names each miner by its address', () => {
    expect(inventoryCandidates(inventory).map((c) => c.label)).toEqual(['Antminer S19 Pro · 10.0.0.21', 'Antminer S19 Pro · 10.0.0.22', 'Antminer S19 Pro · 10.0.0.23']);
  });

  it('Earnings names each miner by its address, and numbers what still repeats', () => {
    expect(subjectsFrom(inventory).filter((s) => s.kind === 'device').map((s) => s.name)).toEqual(['1× Antminer S19 Pro · 10.0.0.21', '1× Antminer S19 Pro · 10.0.0.22', '1× Antminer S19 Pro · 10.0.0.23']);
    expect(distinctLabels(['1× S19', '1× S19', '1× L7'], ['Home', 'Home', 'Home'])).toEqual(['1× S19 · Home · #1', '1× S19 · Home · #2', '1× L7']);
  });
});
