import { machineIdOfKey } from '../../../../shared/bench/machine-measurements';
import { presentItems } from '../../../../shared/inventory/changes';
import { lanAddressOf } from '../../../../shared/inventory/item-place';
import type { Inventory, InventoryItem } from '../../../../shared/inventory/schema';
import { devicesOfItems } from '../../../../shared/plan/judge-rig-items';
import { MAX_RIG_DEVICES } from '../../../../shared/compare/subject';
import { gpuSlot } from '../../components/gpu-slot';
import type { CompareCandidate } from './candidate';

/**
 * Inventory devices as comparison candidates: scanned ones with their real VRAM and PCIe link, the rest from the
 * catalogue; devices missing from their latest scan are left out. Rig devices carry their rig's name, network miners their address. Labels that would repeat (six RTX 3070 of one rig) get the card's slot, or a number where none is known.
 */
export function inventoryCandidates(inventory: Inventory | null, rigLabel: (name: string, gpus: number) => string = (name, gpus) => `${name} (whole rig, ${gpus} GPUs)`): CompareCandidate[] {
  if (!inventory) return [];
  // A device the latest scan of its scope did not see (swapped out, switched off) is no longer a candidate.
  const present = presentItems(inventory);
  return [...rigCandidates(inventory, present, rigLabel), ...deviceCandidates(inventory, present)];
}

/** Each rig of two or more GPUs as one machine (its cards pooled for big models), listed before its cards. */
function rigCandidates(inventory: Inventory, present: InventoryItem[], rigLabel: (name: string, gpus: number) => string): CompareCandidate[] {
  return inventory.rigs.flatMap((rig): CompareCandidate[] => {
    const devices = devicesOfItems(present.filter((i) => i.rigId === rig.id && i.kind === 'gpu')).slice(0, MAX_RIG_DEVICES);
    const gpus = devices.reduce((n, d) => n + d.count, 0);
    if (gpus < 2) return [];
    const label = rigLabel(rig.name, gpus);
    const machineId = machineIdOfKey(rig.key);
    return [{ id: `rig:${rig.id}`, label, subject: { kind: 'rig', devices, host: rig.host ?? null, label, ...(machineId ? { machineId } : {}) } }];
  });
}

function deviceCandidates(inventory: Inventory, present: InventoryItem[]): CompareCandidate[] {
  const base = present.map((item) => {
    const rig = inventory.rigs.find((r) => r.id === item.rigId);
    // A rig's device says its rig; a miner found on the network its address (three S19 Pro are three addresses).
    const where = rig?.name ?? lanAddressOf(item);
    return { item, rig, label: `${item.count > 1 ? `${item.count}× ` : ''}${item.name}${where ? ` · ${where}` : ''}` };
  });
  const repeats = new Map<string, number>();
  for (const { label } of base) repeats.set(label, (repeats.get(label) ?? 0) + 1);
  const seen = new Map<string, number>();
  return base.flatMap(({ item, rig, label: plain }): CompareCandidate[] => {
    const nth = (seen.get(plain) ?? 0) + 1;
    seen.set(plain, nth);
    const label = (repeats.get(plain) ?? 0) > 1 ? `${plain} · ${gpuSlot(item.device) ?? `#${nth}`}` : plain;
    // A scanned card names its machine, whose stored measurements Compare shows beside its estimates.
    const machineId = machineIdOfKey(rig?.key);
    if (item.device) return [{ id: item.id, label, subject: { kind: 'device', device: { ...item.device, rawName: item.name }, host: rig?.host ?? null, label, ...(machineId ? { machineId } : {}) } }];
    if (item.catalogueId) return [{ id: item.id, label, subject: { kind: 'catalogue', hardware: item.kind, id: item.catalogueId, count: item.count, label } }];
    return [];
  });
}
