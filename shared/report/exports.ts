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

/**
 * The plan as CSV: one row per device, the recommendation, each option's 12-month net (USD; own AI use is a value to
 * you, not income; rent/hybrid where the rig would not list are empty), the sale price apart, and stale figures.
 */
export function planCsv(plan: Plan, inv: Inventory): string {
  const opt = (d: Plan['devices'][number], id: string) => d.options.find((x) => x.id === id);
  const net = (d: Plan['devices'][number], id: string): number | null => {
    const o = opt(d, id);
    return o?.available ? o.net12 : null;
  };
  const stale = (d: Plan['devices'][number]): string => [...new Set(d.options.flatMap((o) => o.stale.map((f) => `${f.key} (${f.date})`)))].join('; ');
  return toCsv(
    ['device', 'count', 'site / rig', 'recommended', 'ranked on', 'keep mining 12m USD', 'rent 12m USD', 'hybrid 12m USD', 'own AI worth to you 12m USD', 'sale price now USD (one-off)', 'sell vs keep mining 12m USD', 'switch off 12m USD', 'power W', 'power from', 'electricity USD/kWh', 'figures older than 6 months'],
    plan.devices.map((d) => [
      d.name,
      d.count,
      placeOf(inv, d.siteId, d.rigId),
      d.best,
      d.ranking,
      net(d, 'mine'),
      net(d, 'rent'),
      net(d, 'hybrid'),
      net(d, 'own-ai'),
      net(d, 'sell'),
      opt(d, 'sell')?.available ? (opt(d, 'sell')?.sale?.vsKeepMining12 ?? null) : null,
      0,
      d.powerW,
      d.powerSource,
      d.electricityUsdPerKwh,
      stale(d),
    ]),
  );
}

export const REPORT_FORMAT = 'rigshift-report';

/** The plan, the inventory and (when given) each rig's rental audit as one JSON document (versioned, dated). */
export function reportJson(plan: Plan, inv: Inventory, createdAt: string, rentalAudit?: unknown): string {
  return `${JSON.stringify({ format: REPORT_FORMAT, version: 1, createdAt, inventory: inv, plan, ...(rentalAudit === undefined ? {} : { rentalAudit }) }, null, 2)}\n`;
}
