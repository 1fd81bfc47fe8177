import type { Inventory } from '../inventory/schema';
import { auditInEnglish } from '../rental-audit';
import { inEnglish } from '../text/english-templates';
import type { PlanReport } from './plan-report';
import type { Plan } from './types';

/** The plan as the CLI's --json prints it: site and rig names beside ids, every audit message worded in English. */
export function planReport(plan: Plan, inventory: Inventory) {
  const siteName = (id: string): string => inventory.sites.find((s) => s.id === id)?.name ?? id;
  const rigName = (id: string | null): string | null => (id ? (inventory.rigs.find((r) => r.id === id)?.name ?? id) : null);
  return {
    kind: 'rigshift-plan',
    version: 1,
    today: plan.today,
    currency: 'USD',
    ranking: plan.ranking,
    devices: plan.devices.map((d) => ({
      itemId: d.itemId,
      name: d.name,
      kind: d.kind,
      count: d.count,
      site: siteName(d.siteId),
      rig: rigName(d.rigId),
      powerW: d.powerW,
      powerSource: d.powerSource,
      electricityUsdPerKwh: d.electricityUsdPerKwh,
      best: d.best,
      reason: d.reason,
      options: d.options,
      auditId: d.auditId,
      rentOn: d.rentOn,
      ...(d.measured ? { measured: d.measured } : {}),
    })),
    audits: plan.audits.map((a) => ({ id: a.id, rigId: a.rigId, tickedFixes: a.tickedFixes, audit: auditInEnglish(a.audit), rent: { ...a.rent, message: { ...a.rent.message, text: inEnglish(a.rent.message) } } })),
    sites: plan.sites,
    portfolio: plan.portfolio,
    saleUsd: plan.saleUsd,
    skipped: plan.skipped,
    missing: plan.missing,
  } satisfies PlanReport;
}

/** The report with the engine's own types (the audit's rules as data): what the CLI's text formatter reads. */
export type PlanReportData = ReturnType<typeof planReport>;
