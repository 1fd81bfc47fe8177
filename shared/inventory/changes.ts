import type { Inventory, InventoryItem } from './schema';

/** A hashrate this much below the previous reading is reported as a drop (10 %: more than pool-side noise). */
export const HASHRATE_DROP = 0.1;

export interface ItemChanges {
  /** First seen in its scope's latest scan. */
  isNew: boolean;
  /** The latest complete scan that covered it did not see it. */
  missing: boolean;
  hashrateDrop: { from: number; to: number } | null;
}

/** What changed for one device since the previous scan that covered it. Hand-added devices never change. */
export function itemChanges(item: InventoryItem, scans: Inventory['scans']): ItemChanges {
  const latest = item.lastChecked ?? scans[item.scope];
  if (item.source === 'manual' || !latest) return { isNew: false, missing: false, hashrateDrop: null };
  const readings = item.history.filter((r) => r.hashrateHs !== null);
  const [previous, last] = readings.slice(-2);
  const drop = previous && last && previous.hashrateHs && last.hashrateHs !== null && last.hashrateHs < previous.hashrateHs * (1 - HASHRATE_DROP) ? { from: previous.hashrateHs, to: last.hashrateHs } : null;
  const missing = item.lastSeen < latest;
  return { isNew: !missing && item.firstSeen === latest && scanCount(item) === 1, missing, hashrateDrop: missing ? null : drop };
}

const scanCount = (item: InventoryItem): number => item.history.length;

/** The devices the latest scan of their scope still saw (and every hand-added one), and those it did not, in one pass. */
export function byPresence(inventory: Pick<Inventory, 'items' | 'scans'>): { present: InventoryItem[]; missing: InventoryItem[] } {
  const present: InventoryItem[] = [];
  const missing: InventoryItem[] = [];
  for (const item of inventory.items) (itemChanges(item, inventory.scans).missing ? missing : present).push(item);
  return { present, missing };
}

/** The devices plans and pickers count: those their scope's latest scan still saw, and every hand-added one. */
export const presentItems = (inventory: Pick<Inventory, 'items' | 'scans'>): InventoryItem[] => byPresence(inventory).present;
