import { DAYS_PER_MONTH } from '../earnings/constants';
import { ownUsePowerCostPerDay, ownUseValuePerDay } from '../earnings/formulas';
import type { Hardware } from '../earnings/hardware-plan';
import { projectHardware, type RentalEligibility } from '../earnings/project-hardware';
import type { OptionSeries } from '../earnings/projection';
import type { InventoryItem } from '../inventory/schema';
import { assumptionKeys } from '../market/assumption-keys';
import type { Market } from '../market/assumptions';
import type { Preferences } from '../market/preferences';
import { reasonFor } from './reason';
import { PORTFOLIO_SCENARIOS, type DevicePlan, type PlanOption, type PlanOptionId } from './types';

export interface DevicePlanInput {
  item: InventoryItem;
  hardware: Hardware;
  eligibility?: RentalEligibility;
  market: Market;
  /** With the site's electricity price applied, when it has one. */
  preferences: Preferences;
  siteElectricity: boolean;
}

const MONTHS = 12;

/** Selling now against keeping it: the price now less what it would still fetch after 12 months of resale change. */
function sellOption(resaleNow: number | undefined, monthlyChange: number, assumptions: string[]): PlanOption {
  if (resaleNow === undefined) return { id: 'sell', net12: 0, available: false, assumptions, note: { code: 'no-resale' } };
  const inYear = resaleNow * (1 + monthlyChange) ** MONTHS;
  return { id: 'sell', net12: resaleNow - inYear, available: true, assumptions, note: null, sale: { now: resaleNow, inYear } };
}
const net12 = (s: OptionSeries | null): number => s?.months[MONTHS - 1]?.cumulative ?? 0;
const profits = (s: OptionSeries | null): number[] => (s ? s.months.map((m) => m.profit) : new Array<number>(MONTHS).fill(0));

/** Every option for one device over the next 12 months, ranked, with the recommendation and its reason. */
export function planDevice({ item, hardware, eligibility, market, preferences, siteElectricity }: DevicePlanInput): DevicePlan {
  const pinned = item.resaleUsd !== null ? { resaleUsd: item.resaleUsd * item.count } : {};
  const run = (scenario: 'flat' | 'bear' | 'bull') => projectHardware(hardware, market, { ...preferences, scenario, months: MONTHS }, pinned, eligibility);
  const base = run('flat');
  const p = base.projection;
  const rental = base.input.rental;
  const kwh = base.input.electricityPerKwh;
  const hours = preferences.ownUseHoursPerDay;
  const ownDaily = rental && hours > 0 ? ownUseValuePerDay(hours, rental.pricePerGpuHour, rental.gpus) - ownUsePowerCostPerDay(hours, rental.loadW, rental.gpus, kwh) : null;
  const has = (key: string): boolean => market.get(key) !== null;
  // The plan projects today's difficulty (no trend scenario), and a resale value entered on the item replaces the market's.
  const uses = (use: PlanOptionId): string[] =>
    assumptionKeys(hardware, use, preferences.platform, has).filter((key) => !key.endsWith('TrendMonthly') && !(item.resaleUsd !== null && key.startsWith('resale:')));
  const options: PlanOption[] = [
    { id: 'mine', net12: net12(p.mine), available: p.mine !== null, assumptions: uses('mine'), note: p.mine ? (hardware.kind === 'gpu' ? { code: 'estimate' } : null) : { code: 'no-mining-figures' } },
    {
      id: 'rent',
      net12: net12(p.rent),
      available: p.rent !== null && base.rentalListable,
      assumptions: uses('rent'),
      note: p.rent === null ? { code: 'no-price' } : base.rentalListable ? null : { code: 'would-not-list', parts: (eligibility?.reasons ?? []).filter((r) => r.code !== 'vast-upload') },
    },
    { id: 'own-ai', net12: (ownDaily ?? 0) * DAYS_PER_MONTH * MONTHS, available: ownDaily !== null, assumptions: uses('own-ai'), note: ownDaily === null ? { code: 'no-price' } : { code: 'estimate' } },
    sellOption(base.input.resaleUsd, market.value(hardware.kind === 'asic' ? 'asicResaleChangeMonthly' : 'gpuResaleChangeMonthly', 0), uses('sell')),
    { id: 'off', net12: 0, available: true, assumptions: [], note: null },
  ];
  const relevant = options.filter((o) => hardware.kind === 'gpu' || (o.id !== 'rent' && o.id !== 'own-ai'));
  const ranked = [...relevant].sort((a, b) => Number(b.available) - Number(a.available) || b.net12 - a.net12);
  const best: PlanOptionId = ranked.find((o) => o.available)?.id ?? 'off';
  const monthly = Object.fromEntries(
    PORTFOLIO_SCENARIOS.map(({ id }) => {
      const proj = id === 'base' ? p : run(id).projection;
      const plan = best === 'mine' ? profits(proj.mine) : best === 'rent' ? profits(proj.rent) : best === 'own-ai' ? new Array<number>(MONTHS).fill((ownDaily ?? 0) * DAYS_PER_MONTH) : new Array<number>(MONTHS).fill(0);
      return [id, { plan, mining: profits(proj.mine) }];
    }),
  ) as DevicePlan['monthly'];
  const powerW = hardware.kind === 'asic' ? hardware.spec.powerW * hardware.count : hardware.kind === 'gpu' ? hardware.spec.tdpW * hardware.count : 0;
  return {
    itemId: item.id,
    itemIds: [item.id],
    name: item.name,
    kind: item.kind,
    catalogueId: item.catalogueId,
    count: item.count,
    siteId: item.siteId,
    rigId: item.rigId,
    powerW,
    options: ranked,
    best,
    reason: reasonFor(ranked),
    monthly,
    saleUsd: best === 'sell' ? (base.input.resaleUsd ?? 0) : 0,
    electricityUsdPerKwh: kwh,
    siteElectricity,
    resalePinned: item.resaleUsd !== null,
  };
}
