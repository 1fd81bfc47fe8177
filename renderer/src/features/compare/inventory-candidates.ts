import type { Inventory } from '../../../../shared/inventory/schema';
import type { CompareCandidate } from './candidate';

/** Inventory devices as comparison candidates: scanned ones with their real VRAM and PCIe link, the rest from the catalogue. */
export function inventoryCandidates(inventory: Inventory | null): CompareCandidate[] {
  if (!inventory) return [];
  return inventory.items.flatMap((item): CompareCandidate[] => {
    const rig = inventory.rigs.find((r) => r.id === item.rigId);
    const label = `${item.count > 1 ? `${item.count}× ` : ''}${item.name}${rig ? ` · ${rig.name}` : ''}`;
    if (item.device) return [{ id: item.id, label, subject: { kind: 'device', device: { ...item.device, rawName: item.name }, host: rig?.host ?? null, label } }];
    if (item.catalogueId) return [{ id: item.id, label, subject: { kind: 'catalogue', hardware: item.kind, id: item.catalogueId, count: item.count, label } }];
    return [];
  });
}
