import { asicById } from '../catalogue/asic-catalogue';
import { gpuById } from '../catalogue/gpu-catalogue';
import { plainText, uniqueId } from './ids';
import type { Observation, ObservedDevice, ObservedRig } from './observation';
import { MAX_HISTORY, MAX_ITEMS, MAX_RIGS, type Inventory, type InventoryItem, type Reading, type Rig } from './schema';

export interface MergeSummary {
  added: number;
  updated: number;
  /** Items of this scope the observation did not see. */
  missing: number;
}

const catalogueName = (d: Pick<ObservedDevice, 'kind' | 'catalogueId'>): string | null => (d.catalogueId ? ((d.kind === 'gpu' ? gpuById(d.catalogueId) : asicById(d.catalogueId))?.name ?? null) : null);

function ensureRig(rigs: Rig[], observed: ObservedRig, siteId: string): Rig {
  const index = rigs.findIndex((r) => r.key === observed.key);
  const existing = rigs[index];
  if (existing) {
    const updated = { ...existing, host: observed.host ?? existing.host };
    rigs[index] = updated;
    return updated;
  }
  if (rigs.length >= MAX_RIGS) throw new Error(`The inventory holds at most ${MAX_RIGS} rigs`);
  const rig: Rig = { id: uniqueId('rig', observed.key, (id) => rigs.some((r) => r.id === id)), key: observed.key, siteId, name: plainText(observed.name, 80) || 'Rig', host: observed.host };
  rigs.push(rig);
  return rig;
}

const autoName = (d: Pick<ObservedDevice, 'kind' | 'catalogueId' | 'rawName'>): string => plainText(catalogueName(d) ?? d.rawName, 120) || (d.kind === 'gpu' ? 'GPU' : 'ASIC');

/**
 * Another card on the same bus: a different catalogue model, or (one side unrecognised) a different detected name. A
 * name the catalogue learnt to recognise is the same card.
 */
const modelChanged = (current: InventoryItem, d: ObservedDevice): boolean =>
  current.catalogueId !== null && d.catalogueId !== null ? current.catalogueId !== d.catalogueId : current.rawName !== plainText(d.rawName, 200);

/**
 * The newest facts of a device seen again. A swapped card takes the new model's name and forgets the old card's
 * prices and mining pin (they were the old card's); the swap goes into its history. Otherwise the user's name and figures stay.
 */
function refreshed(current: InventoryItem, d: ObservedDevice, obs: Observation, history: Reading[]): InventoryItem {
  const checked = obs.at > (current.lastChecked ?? '') ? { lastChecked: obs.at } : {};
  const base = { ...current, rawName: plainText(d.rawName, 200), catalogueId: d.catalogueId, count: d.count, device: d.device, lastSeen: obs.at, ...checked };
  if (!modelChanged(current, d)) return { ...base, history };
  const name = autoName(d);
  const last = history.findLastIndex((r) => r.at === obs.at);
  const marked = history.map((r, i) => (i === last ? { ...r, swapped: { from: current.name, to: name } } : r));
  const { miningPin: _oldCard, ...rest } = base;
  return { ...rest, name, purchasePriceUsd: null, resaleUsd: null, history: marked };
}

function newItem(d: ObservedDevice, obs: Observation, siteId: string, rigId: string | null, taken: (id: string) => boolean): InventoryItem {
  return {
    id: uniqueId('inv', d.key, taken),
    key: d.key,
    scope: obs.scope,
    source: obs.source,
    kind: d.kind,
    name: autoName(d),
    rawName: plainText(d.rawName, 200),
    catalogueId: d.catalogueId,
    count: d.count,
    siteId,
    rigId,
    device: d.device,
    purchasePriceUsd: null,
    resaleUsd: null,
    notes: '',
    firstSeen: obs.at,
    lastSeen: obs.at,
    lastChecked: obs.at,
    history: [{ at: obs.at, ...d.reading }],
  };
}

/**
 * Folds one scan or import into the inventory: known devices (same identity key) are updated and keep the user's
 * name, site, rig, prices and notes; new ones are added to the first site. Pure: returns a new inventory.
 */
export function mergeObservation(inventory: Inventory, obs: Observation): { inventory: Inventory; summary: MergeSummary } {
  const rigs = [...inventory.rigs];
  const items = [...inventory.items];
  const defaultSite = inventory.sites[0]?.id ?? 'site-home';
  let added = 0;
  let updated = 0;
  const seen = new Set<string>();
  for (const d of obs.devices) {
    seen.add(d.key);
    const index = items.findIndex((i) => i.key === d.key);
    const current = index >= 0 ? items[index] : undefined;
    const rig = d.rig ? ensureRig(rigs, d.rig, defaultSite) : null;
    if (current) {
      const latest = obs.at >= current.lastSeen;
      const history = [...current.history, { at: obs.at, ...d.reading }].sort((a, b) => (a.at < b.at ? -1 : 1)).slice(-MAX_HISTORY);
      // An older report adds its reading to the history but does not overwrite newer facts.
      items[index] = latest ? refreshed(current, d, obs, history) : { ...current, history };
      updated++;
    } else {
      if (items.length >= MAX_ITEMS) throw new Error(`The inventory holds at most ${MAX_ITEMS} devices`);
      items.push(newItem(d, obs, rig?.siteId ?? defaultSite, rig?.id ?? null, (id) => items.some((i) => i.id === id)));
      added++;
    }
  }
  const newest = obs.complete && obs.at >= (inventory.scans[obs.scope] ?? '');
  // Devices of this scope the scan covered and did not see: checked now, so they show as missing.
  let missing = 0;
  if (obs.complete)
    items.forEach((item, i) => {
      if (item.scope !== obs.scope || seen.has(item.key) || obs.at < (item.lastChecked ?? item.lastSeen) || !(obs.covers?.(item.key) ?? true)) return;
      items[i] = { ...item, lastChecked: obs.at };
      missing++;
    });
  const scans = newest ? { ...inventory.scans, [obs.scope]: obs.at } : inventory.scans;
  return { inventory: { ...inventory, rigs, items, scans }, summary: { added, updated, missing } };
}
