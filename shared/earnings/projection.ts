import { btcPerDay, subsidyFactorMs } from './bitcoin';
import { DAYS_PER_MONTH, MS_PER_DAY } from './constants';
import { breakEvenCoinPrice, coinsPerDayFromNetwork, grownByMonth, powerCostPerDay, rentalPowerCostPerDay, rentalRevenuePerDay } from './formulas';

export interface Sha256Mining {
  kind: 'sha256';
  hashrateHs: number;
  difficulty: number;
  subsidyBtc: number;
  feesPerBlockBtc: number;
  /** Days on or after it earn half the subsidy; null = no halving in view. */
  halvingDate: Date | null;
  difficultyGrowth: number;
}

export interface NetworkMining {
  kind: 'network';
  hashrateHs: number;
  networkHashrateHs: number;
  blockReward: number;
  blockTimeS: number;
  networkGrowth: number;
  /** Monthly change of the block reward (Kaspa's emission falls ×2^(−1/12) a month). */
  rewardChange: number;
  /** A halving schedule (Ravencoin): days on or after `date` earn half the reward, and again every `intervalMs`. */
  halving?: { date: Date; intervalMs: number } | null;
}

/** A flat revenue estimate in USD per day (GPU mining, where no single coin is modelled). */
export interface UsdMining {
  kind: 'usd';
  usdPerDay: number;
}

export interface MiningPlan {
  coin: Sha256Mining | NetworkMining | UsdMining;
  priceUsd: number;
  priceGrowth: number;
  poolFee: number;
  /** Wall power of everything mining, W. */
  powerW: number;
}

export interface RentalPlan {
  pricePerGpuHour: number;
  rateChange: number;
  utilisation: number;
  platformFee: number;
  gpus: number;
  /** Per GPU. */
  loadW: number;
  idleW: number;
}

export interface ProjectionInput {
  start: Date;
  months: number;
  electricityPerKwh: number;
  capexUsd: number;
  mining?: MiningPlan;
  rental?: RentalPlan;
  /** What the hardware would sell for now (all units). */
  resaleUsd?: number;
}

export interface MonthRow {
  /** 1-based. */
  month: number;
  revenue: number;
  powerCost: number;
  profit: number;
  /** Sum of profit so far, capital cost excluded. */
  cumulative: number;
}

export interface OptionSeries {
  months: MonthRow[];
  /** First month whose cumulative profit covers the capital cost; null = never within the horizon. */
  breakEvenMonth: number | null;
  daily: { revenue: number; powerCost: number; profit: number };
}

export interface Projection {
  mine: OptionSeries | null;
  rent: OptionSeries | null;
  sell: OptionSeries | null;
  off: OptionSeries;
  /** Mining only: coin price at which the first day's profit is zero (pool fee included). */
  breakEvenCoinPrice: number | null;
}

/**
 * Builds one option's months from its revenue per day in month m (0-based) and its power cost per day (constant:
 * electricity prices are not grown). Losses are never clamped.
 */
function series(months: number, capex: number, revenuePerDay: (m: number) => number, powerPerDay: number, lumpSum = 0): OptionSeries {
  const rows: MonthRow[] = new Array<MonthRow>(months);
  const days = DAYS_PER_MONTH;
  const powerCost = powerPerDay * days;
  let cumulative = 0;
  let breakEvenMonth: number | null = null;
  const firstRevenue = revenuePerDay(0);
  for (let m = 0; m < months; m++) {
    const revenue = (m === 0 ? firstRevenue : revenuePerDay(m)) * days + (m === 0 ? lumpSum : 0);
    const profit = revenue - powerCost;
    cumulative += profit;
    rows[m] = { month: m + 1, revenue, powerCost, profit, cumulative };
    if (breakEvenMonth === null && cumulative >= capex && cumulative > 0) breakEvenMonth = m + 1;
  }
  return { months: rows, breakEvenMonth, daily: { revenue: firstRevenue, powerCost: powerPerDay, profit: firstRevenue - powerPerDay } };
}

const zero = (): number => 0;
const offCache = new Map<number, OptionSeries>();

/** "Switch off": zero every month. Shared between projections of the same length (read-only by contract). */
function offSeries(months: number): OptionSeries {
  let cached = offCache.get(months);
  if (!cached) {
    const built = series(months, 0, zero, 0);
    built.months.forEach((row) => Object.freeze(row));
    offCache.set(months, (cached = Object.freeze({ ...built, months: Object.freeze(built.months) as MonthRow[], daily: Object.freeze(built.daily) })));
  }
  return cached;
}

/** Coins per day as a function of month m (before the pool fee): the plan's constants read once, not every month. */
export function coinsPerDayByMonth(plan: MiningPlan, start: Date): (m: number) => number {
  const c = plan.coin;
  if (c.kind === 'usd') return () => c.usdPerDay;
  const startMs = start.getTime();
  // Exact for whole months (30.4375 days is 2,629,800,000 ms), so the same as m × days × ms per day
  const msPerMonth = DAYS_PER_MONTH * MS_PER_DAY;
  if (c.kind === 'sha256') {
    const halvingMs = c.halvingDate ? c.halvingDate.getTime() : null;
    const difficulty = grownByMonth(c.difficulty, c.difficultyGrowth);
    return (m) => {
      const factor = subsidyFactorMs(startMs + m * msPerMonth, startMs + (m + 1) * msPerMonth, halvingMs);
      return btcPerDay({ hashrateHs: c.hashrateHs, difficulty: difficulty(m), subsidyBtc: c.subsidyBtc * factor, feesPerBlockBtc: c.feesPerBlockBtc });
    };
  }
  const halving = c.halving ? { ms: c.halving.date.getTime(), intervalMs: c.halving.intervalMs } : null;
  const networkHashrateHs = grownByMonth(c.networkHashrateHs, c.networkGrowth);
  const blockReward = grownByMonth(c.blockReward, c.rewardChange);
  return (m) => {
    const factor = halving ? subsidyFactorMs(startMs + m * msPerMonth, startMs + (m + 1) * msPerMonth, halving.ms, halving.intervalMs) : 1;
    return coinsPerDayFromNetwork(c.hashrateHs, networkHashrateHs(m), blockReward(m) * factor, c.blockTimeS);
  };
}

/** Coins per day in month m (before the pool fee). */
export const coinsPerDayInMonth = (plan: MiningPlan, start: Date, m: number): number => coinsPerDayByMonth(plan, start)(m);

/** Mining revenue per day in month m: coins after the pool fee at month m's coin price. */
function miningRevenueByMonth(plan: MiningPlan, start: Date): (m: number) => number {
  const coinsPerDay = coinsPerDayByMonth(plan, start);
  const kept = 1 - plan.poolFee;
  const priceUsd = grownByMonth(plan.priceUsd, plan.priceGrowth);
  return (m) => coinsPerDay(m) * kept * priceUsd(m);
}

/** Host revenue per day in month m, at month m's rental rate. */
function rentalRevenueByMonth(rental: RentalPlan): (m: number) => number {
  const pricePerGpuHour = grownByMonth(rental.pricePerGpuHour, rental.rateChange);
  return (m) => rentalRevenuePerDay(pricePerGpuHour(m), rental.utilisation, rental.platformFee, rental.gpus);
}

/**
 * Month-by-month projection of keeping on mining, renting the GPUs out, selling now, and switching off.
 * Month m (0-based) applies (1 + g)^m to difficulty / network hashrate, coin price, rental rate and block reward.
 */
export function project(input: ProjectionInput): Projection {
  const { start, months, electricityPerKwh: kwh, capexUsd } = input;
  const mining = input.mining;
  const rental = input.rental;
  const mine = mining
    ? series(months, capexUsd, miningRevenueByMonth(mining, start), powerCostPerDay(mining.powerW, kwh))
    : null;
  const rent = rental
    ? series(
        months,
        capexUsd,
        rentalRevenueByMonth(rental),
        rentalPowerCostPerDay(rental.loadW, rental.idleW, rental.utilisation, kwh) * rental.gpus,
      )
    : null;
  const sell = input.resaleUsd !== undefined ? series(months, capexUsd, zero, 0, input.resaleUsd) : null;
  const off = offSeries(months);
  const breakEven = mining && mining.coin.kind !== 'usd' ? breakEvenCoinPrice(powerCostPerDay(mining.powerW, kwh), coinsPerDayInMonth(mining, start, 0), mining.poolFee) : null;
  return { mine, rent, sell, off, breakEvenCoinPrice: breakEven === null || !Number.isFinite(breakEven) ? null : breakEven };
}
