import type { StoredMeasurement } from '../bench/stored-measurement';
import { byPresence } from '../inventory/changes';
import type { Inventory, InventoryItem } from '../inventory/schema';
import type { Market } from '../market/assumptions';
import type { Preferences } from '../market/preferences';
import { planDevice } from './device-plan';
import { emptyAuditSettings, type RentalAuditSettings } from '../rental-audit';
import { deviceMeasured } from './device-measured';
import { devicePins } from './device-pins';
import { hardwareOf } from './inventory-hardware';
import { eligibilityFromAudit, rentPlatformOf } from './rent-platform';
import { auditRigOf, readinessOf, type PlanRigAudit } from './rig-audit';
import { summariseSite } from './site-summary';
import { PORTFOLIO_SCENARIOS, type DevicePlan, type Plan } from './types';

/** Identical devices of the same rig (same model, same resale estimate, same mining pin) are planned as one line: "6× RTX 3070". */
function groups(items: InventoryItem[]): InventoryItem[][] {
  const byKey = new Map<string, InventoryItem[]>();
  for (const item of items) {
    const key = item.catalogueId ? `${item.siteId}|${item.rigId ?? ''}|${item.kind}|${item.catalogueId}|${item.resaleUsd ?? ''}|${JSON.stringify(item.miningPin ?? null)}` : item.id;
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  return [...byKey.values()];
}

const sum = (series: number[][]): number[] => (series[0] ?? []).map((_, i) => series.reduce((total, s) => total + (s[i] ?? 0), 0));

/** The audit of each rig with GPUs, and of each group of GPUs in no rig (keyed by the group's first item). */
function auditsOf(inventory: Inventory, gpuGroups: InventoryItem[][], settings: RentalAuditSettings): Map<string, PlanRigAudit> {
  const audits = new Map<string, PlanRigAudit>();
  for (const rig of inventory.rigs) {
    const machine = auditRigOf(rig, inventory.items.filter((i) => i.rigId === rig.id));
    if (machine) audits.set(rig.id, readinessOf(machine, rig.id, settings));
  }
  for (const group of gpuGroups.filter((g) => g[0] && !g[0].rigId)) {
    const machine = auditRigOf(undefined, group);
    if (machine) audits.set(machine.id, readinessOf(machine, null, settings));
  }
  return audits;
}

/**
 * The repurposing plan for the whole inventory: per device, per site, and the fleet under bear / base / bull prices.
 * `today` is when month 1 starts and what figures' ages are counted to (the caller's clock: shared/ never reads one).
 * Rent and hybrid count only the platforms each rig passes, or would after the fixes ticked in `rentalAudit`.
 * A GPU whose machine has stored `measurements` of its cards carries the newest beside the plan (deviceMeasured).
 */
export function planInventory(inventory: Inventory, market: Market, preferences: Preferences, today: Date, rentalAudit: RentalAuditSettings = emptyAuditSettings, measurements: readonly StoredMeasurement[] = []): Plan {
  const devices: DevicePlan[] = [];
  const skipped: Plan['skipped'] = [];
  // A device its scope's latest complete scan did not see (a card swapped out, a miner switched off) is not planned:
  // it is listed apart so the user can rescan or remove it.
  const split = byPresence(inventory);
  const present = { ...inventory, items: split.present };
  const { missing } = split;
  const grouped = groups(present.items);
  const audits = auditsOf(present, grouped.filter((g) => g[0]?.kind === 'gpu'), rentalAudit);
  for (const group of grouped) {
    const [first] = group;
    if (!first) continue;
    const item = { ...first, count: group.reduce((n, i) => n + i.count, 0) };
    const hardware = hardwareOf(item);
    if (!hardware) {
      for (const i of group) skipped.push({ itemId: i.id, name: i.name });
      continue;
    }
    const site = inventory.sites.find((s) => s.id === item.siteId);
    const siteElectricity = site?.electricityPerKwh !== null && site?.electricityPerKwh !== undefined;
    const sitePrefs = siteElectricity && site ? { ...preferences, electricityPerKwh: site.electricityPerKwh ?? 0, currency: site.currency ?? preferences.currency } : preferences;
    const readiness = item.kind === 'gpu' ? audits.get(item.rigId ?? item.id) : undefined;
    const rentOn = readiness ? rentPlatformOf(readiness.rent.counted, preferences.platform, market) : null;
    const prefs = rentOn ? { ...sitePrefs, platform: rentOn.feeKey } : sitePrefs;
    const planned = planDevice({
      item,
      hardware,
      market,
      preferences: prefs,
      siteElectricity,
      today,
      pins: devicePins(group, hardware),
      ...(readiness ? { eligibility: eligibilityFromAudit(readiness) } : {}),
    });
    const measured = item.kind === 'gpu' && measurements.length > 0 ? deviceMeasured(group, inventory.rigs.find((r) => r.id === item.rigId), measurements, today) : null;
    devices.push({ ...planned, itemIds: group.map((i) => i.id), auditId: readiness?.id ?? null, rentOn, ...(measured ? { measured } : {}) });
  }
  const portfolio = Object.fromEntries(
    PORTFOLIO_SCENARIOS.map(({ id }) => [id, { plan: sum(devices.map((d) => d.monthly[id].plan)), mining: sum(devices.map((d) => d.monthly[id].mining)) }]),
  ) as Plan['portfolio'];
  return {
    today: today.toISOString().slice(0, 10),
    ranking: preferences.rankOwnUseAsCash ? 'cash-and-value' : 'cash',
    devices,
    sites: inventory.sites.map((site) => summariseSite(site, devices)),
    portfolio,
    saleUsd: devices.reduce((total, d) => total + d.saleUsd, 0),
    skipped,
    missing: missing.map((i) => ({ itemId: i.id, name: i.name, lastSeen: i.lastSeen })),
    audits: [...audits.values()],
  };
}
