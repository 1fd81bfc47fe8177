import type { Inventory, InventoryItem } from '../inventory/schema';
import type { Market } from '../market/assumptions';
import type { Preferences } from '../market/preferences';
import { planDevice } from './device-plan';
import { eligibilityOf, hardwareOf, measuredUnitW } from './inventory-hardware';
import { summariseSite } from './site-summary';
import { PORTFOLIO_SCENARIOS, type DevicePlan, type Plan } from './types';

/** Identical devices of the same rig (same model, same resale estimate) are planned as one line: "6× RTX 3070". */
function groups(items: InventoryItem[]): InventoryItem[][] {
  const byKey = new Map<string, InventoryItem[]>();
  for (const item of items) {
    const key = item.catalogueId ? `${item.siteId}|${item.rigId ?? ''}|${item.kind}|${item.catalogueId}|${item.resaleUsd ?? ''}` : item.id;
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  return [...byKey.values()];
}

const sum = (series: number[][]): number[] => (series[0] ?? []).map((_, i) => series.reduce((total, s) => total + (s[i] ?? 0), 0));

/**
 * The repurposing plan for the whole inventory: per device, per site, and the fleet under bear / base / bull prices.
 * `today` is when month 1 starts and what figures' ages are counted to (the caller's clock: shared/ never reads one).
 */
export function planInventory(inventory: Inventory, market: Market, preferences: Preferences, today: Date): Plan {
  const devices: DevicePlan[] = [];
  const skipped: Plan['skipped'] = [];
  const eligibility = new Map(inventory.rigs.map((rig) => [rig.id, eligibilityOf(rig, inventory.items.filter((i) => i.rigId === rig.id))]));
  for (const group of groups(inventory.items)) {
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
    const prefs = siteElectricity && site ? { ...preferences, electricityPerKwh: site.electricityPerKwh ?? 0, currency: site.currency ?? preferences.currency } : preferences;
    const rigEligibility = item.rigId ? eligibility.get(item.rigId) : undefined;
    const nameplateW = hardware.kind === 'asic' ? hardware.spec.powerW : hardware.kind === 'gpu' ? hardware.spec.tdpW : 0;
    const measured = measuredUnitW(group, nameplateW);
    const planned = planDevice({
      item,
      hardware,
      market,
      preferences: prefs,
      siteElectricity,
      today,
      ...(measured !== undefined ? { measuredUnitW: measured } : {}),
      ...(rigEligibility && item.kind === 'gpu' ? { eligibility: rigEligibility } : {}),
    });
    devices.push({ ...planned, itemIds: group.map((i) => i.id) });
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
  };
}
