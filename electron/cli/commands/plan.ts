import { parseArgs } from 'node:util';
import type { Inventory } from '../../../shared/inventory/schema';
import { resolveMarket } from '../../../shared/market/assumptions';
import { fleetInventory } from '../../../shared/plan/fleet-inventory';
import { planInventory } from '../../../shared/plan/plan-inventory';
import type { Plan } from '../../../shared/plan/types';
import { planReport, type PlanReportData } from '../../../shared/plan/plan-report-build';
import type { RentalAuditSettings } from '../../../shared/rental-audit';
import type { Settings } from '../../../shared/settings/schema';
import { UsageError } from '../args';
import { readFleet } from '../fleet-input';
import { number } from '../project-args';
import { UnknownHardwareError } from '../errors';

export const PLAN_USAGE = `  plan                         The plan for every device: mine, rent, hybrid, own AI, sell or switch off, with the rental audit
    --file fleet.json          Plan a fleet file (sites, devices by catalogue name, GPU rigs) instead of the stored inventory
    --electricity <USD/kWh>    Price for sites without their own
    --json                     Print the plan as JSON (schema: shared/plan/plan-report.ts)
`;

export interface PlanArgs {
  file: string | null;
  electricity?: number;
  json: boolean;
}

export function parsePlanArgs(argv: string[]): PlanArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv.slice(1), options: { file: { type: 'string' }, electricity: { type: 'string' }, json: { type: 'boolean', default: false } }, allowPositionals: false });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  if (values.file !== undefined && values.file.trim() === '') throw new UsageError('--file needs the path of a fleet file (JSON)');
  const electricity = number(values, 'electricity');
  return { file: values.file ?? null, json: values.json ?? false, ...(electricity !== undefined ? { electricity } : {}) };
}

/** What to plan: a fleet file's devices and audit inputs, or the stored inventory and audit settings. */
function subject(args: PlanArgs, settings: Settings, today: Date): { inventory: Inventory; rentalAudit: RentalAuditSettings } {
  if (!args.file) return { inventory: settings.inventory, rentalAudit: settings.rentalAudit };
  const fleet = fleetInventory(readFleet(args.file), today.toISOString());
  const [unknown] = fleet.unknown;
  if (unknown) throw new UnknownHardwareError(`--file ${args.file}: no device named "${unknown.name}" in the catalogue. Closest: ${unknown.closest.map((n) => `"${n}"`).join(', ')}`);
  // A fleet file's rigs keep the stored rule edits; their own inputs and ticks come from the file.
  return { inventory: fleet.inventory, rentalAudit: { ...fleet.rentalAudit, ruleOverrides: settings.rentalAudit.ruleOverrides } };
}

/** `plan`: the same engine and stored market figures as the app's Plan view. */
export function runPlan(args: PlanArgs, settings: Settings, today: Date): { plan: Plan; report: PlanReportData } {
  const { inventory, rentalAudit } = subject(args, settings, today);
  const market = resolveMarket(settings.marketOverrides, settings.halvingOverride, settings.marketUpdates.figures);
  const preferences = { ...settings.preferences, ...(args.electricity !== undefined ? { electricityPerKwh: args.electricity, currency: 'USD' as const } : {}) };
  const plan = planInventory(inventory, market, preferences, today, rentalAudit, args.file ? [] : settings.measurements);
  return { plan, report: planReport(plan, inventory) };
}
