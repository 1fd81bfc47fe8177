import type { InventoryItem } from '../../../../shared/inventory/schema';

/** What makes two devices of one rig the same to look at: model, name, origin and (for scanned cards) VRAM. */
const sameness = (item: InventoryItem): string =>
  [item.kind, item.catalogueId ?? '', item.name, item.source, item.device?.kind === 'gpu' ? item.device.vramMiB : ''].join('|');

/** Identical devices as one group ("8× Radeon RX 580 8GB"), in the order they first appear; a lone device is a group of one. */
export function groupItems(items: readonly InventoryItem[]): InventoryItem[][] {
  const groups = new Map<string, InventoryItem[]>();
  for (const item of items) groups.set(sameness(item), [...(groups.get(sameness(item)) ?? []), item]);
  return [...groups.values()];
}
