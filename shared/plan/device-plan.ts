import { DAYS_PER_MONTH } from '../earnings/constants';
import { ownUsePowerCostPerDay, ownUseValuePerDay } from '../earnings/formulas';
import type { Hardware } from '../earnings/hardware-plan';
import { hybridMonths } from '../earnings/hybrid';
import { projectHardware, type RentalEligibility } from '../earnings/project-hardware';
import type { OptionSeries } from '../earnings/projection';
import type { InventoryItem } from '../inventory/schema';
import type { Market } from '../market/assumptions';
import type { Preferences } from '../market/preferences';
import { cashMonths } from './cash-months';
import type { DevicePins } from './device-pins';
import { optionInputs } from './option-inputs';
import { rankOptions } from './rank';
import { reasonFor } from './reason';
import { sellOption } from './sell-option';
import type { DevicePlan, PlanOption, PlanOptionId } from './types';

export interface DevicePlanInput {
  item: InventoryItem;
  hardware: Hardware;
  /**
   * Whether the rig would list on the rental marketplace: the seam for a per-marketplace audit. Absent = unknown
   * (assumed listable); verdict 'no' keeps the rent figure as "if it could list" but never ranks it.
   */
  eligibility?: RentalEligibility;
  market: Market;
  /** With the site's electricity price applied, when it has one. */
  preferences: Preferences;
  siteElectricity: boolean;
  /** The day month 1 starts and figures' ages are counted to (injected: shared/ never reads the clock). */
  today: Date;
  /**
   * Wall power per unit (W) and, for GPUs, the coin and hashrate per card: the user's pin, else the devices' own
   * readings (LAN scan), else (absent) the nameplate and the hashrate table. See devicePins.
   */
  pins?: DevicePins;
}

const MONTHS = 12;
const net12 = (s: OptionSeries | null): number => s?.months[MONTHS - 1]?.cumulative ?? 0;

/** Every option for one device over the 12 months from today, ranked, with the recommendation and its reason. */
export function planDevice({ item, hardware, eligibility, market, preferences, siteElectricity, today, pins = { powerSource: 'nameplate' } }: DevicePlanInput): DevicePlan {
  const pinned = { start: today, ...(item.resaleUsd !== null ? { resaleUsd: item.resaleUsd * item.count } : {}), ...(pins.powerW !== undefined ? { powerW: pins.powerW } : {}), ...(pins.gpu ? { gpu: pins.gpu } : {}) };
  const run = (scenario: 'flat' | 'bear' | 'bull') => projectHardware(hardware, market, { ...preferences, scenario, months: MONTHS }, pinned, eligibility);
  const base = run('flat');
  const p = base.projection;
  const rental = base.input.rental;
  const kwh = base.input.electricityPerKwh;
  const hours = preferences.ownUseHoursPerDay;
  const own = rental && hours > 0 ? { worth12: ownUseValuePerDay(hours, rental.pricePerGpuHour, rental.gpus) * DAYS_PER_MONTH * MONTHS, electricity12: ownUsePowerCostPerDay(hours, rental.loadW, rental.gpus, kwh) * DAYS_PER_MONTH * MONTHS } : null;
  const hybrid = hybridMonths(base.input, p);
  const { uses, stale } = optionInputs(hardware, item, market, preferences.platform, today, { gpuCoin: base.gpuMining?.coin ?? null, hybridMines: hybrid?.some((m) => m.rest === 'mine') ?? false });
  const resaleChange = market.value(hardware.kind === 'asic' ? 'asicResaleChangeMonthly' : 'gpuResaleChangeMonthly', 0);
  const resaleNow = base.input.resaleUsd;
  const sell = sellOption({ priceNow: resaleNow, inYear: (resaleNow ?? 0) * (1 + resaleChange) ** MONTHS, mine: p.mine, stale: stale('sell'), assumptions: uses('sell') });
  const kept = sell.available ? (sell.sale?.inYear ?? null) : null;
  const keep = (id: PlanOptionId, kind: 'cash' | 'value', net: number) => ({ id, kind, net12: net, perMonth: net / MONTHS, rankUsd: net + (kept ?? 0), stale: stale(id), assumptions: uses(id) });
  const notListed = p.rent !== null && !base.rentalListable ? { code: 'would-not-list' as const, parts: (eligibility?.reasons ?? []).filter((r) => r.code !== 'vast-upload') } : null;
  const options: PlanOption[] = [
    { ...keep('mine', 'cash', net12(p.mine)), available: p.mine !== null, note: p.mine ? (hardware.kind === 'gpu' ? { code: 'estimate' } : null) : { code: 'no-mining-figures' } },
    { ...keep('rent', 'cash', net12(p.rent)), available: p.rent !== null && base.rentalListable, note: p.rent === null ? { code: 'no-price' } : notListed },
    { ...keep('hybrid', 'cash', (hybrid ?? []).reduce((s, m) => s + m.profit, 0)), available: hybrid !== null && base.rentalListable, note: hybrid === null ? { code: 'no-price' } : notListed, ...(hybrid?.[0] ? { hybrid: hybrid[0] } : {}) },
    { ...keep('own-ai', 'value', own ? own.worth12 - own.electricity12 : 0), available: own !== null, note: own ? { code: 'estimate' } : { code: 'no-price' }, ...(own ? { ownUse: own } : {}) },
    sell,
    { ...keep('off', 'cash', 0), available: true, note: null },
  ];
  const ranking = preferences.rankOwnUseAsCash ? 'cash-and-value' : 'cash';
  const ranked = rankOptions(
    options.filter((o) => hardware.kind === 'gpu' || (o.id !== 'rent' && o.id !== 'hybrid' && o.id !== 'own-ai')),
    ranking,
  );
  const best: PlanOptionId = ranked.find((o) => o.available)?.id ?? 'off';
  const monthly = cashMonths(best, (scenario) => (scenario === 'base' ? base : run(scenario)), (own?.electricity12 ?? 0) / MONTHS);
  const unitW = pins.powerW ?? (hardware.kind === 'asic' ? hardware.spec.powerW : hardware.kind === 'gpu' ? hardware.spec.tdpW : 0);
  return {
    itemId: item.id,
    itemIds: [item.id],
    name: item.name,
    kind: item.kind,
    catalogueId: item.catalogueId,
    count: item.count,
    siteId: item.siteId,
    rigId: item.rigId,
    powerW: unitW * hardware.count,
    powerSource: pins.powerW !== undefined ? pins.powerSource : 'nameplate',
    options: ranked,
    ranking,
    hardwareKeptUsd: kept,
    best,
    reason: reasonFor(ranked, ranking),
    monthly,
    saleUsd: best === 'sell' ? (resaleNow ?? 0) : 0,
    electricityUsdPerKwh: kwh,
    siteElectricity,
    resalePinned: item.resaleUsd !== null,
    auditId: null,
    rentOn: null,
  };
}
