import type { Inventory, InventoryItem } from './schema';

/** A LAN device's address, from its identity key ("lan:<ip>:<port>…"); null for any other device. */
export const lanAddressOf = (item: Pick<InventoryItem, 'key'>): string | null => /^lan:(\d{1,3}(?:\.\d{1,3}){3}):/.exec(item.key)?.[1] ?? null;

/**
 * Where a device is, to tell identical devices apart in a list: its network address when it was found on the LAN,
 * else its rig's name, else its site's name.
 */
export function placeOf(item: InventoryItem, inventory: Pick<Inventory, 'rigs' | 'sites'>): string {
  const ip = lanAddressOf(item);
  if (ip) return ip;
  const rig = inventory.rigs.find((r) => r.id === item.rigId);
  if (rig) return rig.name;
  return inventory.sites.find((s) => s.id === item.siteId)?.name ?? '';
}

/** Labels made unique: a label that repeats gets the device's place, then a number if it still repeats. */
export function distinctLabels(labels: readonly string[], places: readonly string[]): string[] {
  const count = (list: readonly string[]) => list.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const first = count(labels);
  const placed = labels.map((l, i) => ((first.get(l) ?? 0) > 1 && places[i] ? `${l} · ${places[i]}` : l));
  const second = count(placed);
  const seen = new Map<string, number>();
  return placed.map((l) => {
    if ((second.get(l) ?? 0) < 2) return l;
    const nth = (seen.get(l) ?? 0) + 1;
    seen.set(l, nth);
    return `${l} · #${nth}`;
  });
}
