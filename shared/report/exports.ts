import type { Inventory } from '../inventory/schema';
import type { Plan } from '../plan/types';
import { toCsv } from './csv';

const placeOf = (inv: Inventory, siteId: string, rigId: string | null): string => {
  const site = inv.sites.find((s) => s.id === siteId)?.name ?? siteId;
  const rig = rigId ? inv.rigs.find((r) => r.id === rigId)?.name : null;
  return rig ? `${site} / ${rig}` : site;
};

/** The inventory as CSV: one row per device. */
export function inventoryCsv(inv: Inventory): string {
  return toCsv(
    ['device', 'kind', 'count', 'catalogue id', 'reported name', 'site / rig', 'source', 'first seen', 'last seen', 'purchase price USD', 'resale USD', 'notes'],
    inv.items.map((i) => [i.name, i.kind, i.count, i.catalogueId, i.rawName, placeOf(inv, i.siteId, i.rigId), i.source, i.firstSeen, i.lastSeen, i.purchasePriceUsd, i.resaleUsd, i.notes]),
  );
}

/** The plan as CSV: one row per device, the recommendation and every option's 12-month net (USD). */
export function planCsv(plan: Plan, inv: Inventory): string {
  const net = (d: Plan['devices'][number], id: string): number | null => {
    const o = d.options.find((x) => x.id === id);
    return o?.available ? o.net12 : null;
  };
  return toCsv(
    ['device', 'count', 'site / rig', 'recommended', 'keep mining 12m USD', 'rent 12m USD', 'own AI 12m USD', 'sell USD', 'switch off', 'power W', 'electricity USD/kWh'],
    plan.devices.map((d) => [d.name, d.count, placeOf(inv, d.siteId, d.rigId), d.best, net(d, 'mine'), net(d, 'rent'), net(d, 'own-ai'), net(d, 'sell'), 0, d.powerW, d.electricityUsdPerKwh]),
  );
}

export const REPORT_FORMAT = 'rigshift-report';

/** The plan and the inventory as one JSON document (versioned, dated). */
export function reportJson(plan: Plan, inv: Inventory, createdAt: string): string {
  return `${JSON.stringify({ format: REPORT_FORMAT, version: 1, createdAt, inventory: inv, plan }, null, 2)}\n`;
}
