import { SECONDS_PER_DAY } from './constants';

/** Coins per day for a coin quoted by network hashrate: H / network H × block reward × 86400 / block time. */
export const coinsPerDayFromNetwork = (hashrateHs: number, networkHashrateHs: number, blockReward: number, blockTimeS: number): number =>
  (hashrateHs / networkHashrateHs) * blockReward * (SECONDS_PER_DAY / blockTimeS);

/** Electricity per day: W × 24 / 1000 × price per kWh. */
export const powerCostPerDay = (watts: number, pricePerKwh: number): number => ((watts * 24) / 1000) * pricePerKwh;

/** A rented GPU draws load power while rented (utilisation u) and idle power otherwise. */
export const rentalPowerCostPerDay = (loadW: number, idleW: number, utilisation: number, pricePerKwh: number): number =>
  powerCostPerDay(loadW * utilisation + idleW * (1 - utilisation), pricePerKwh);

/** Host revenue per day: price per GPU-hour × 24 × utilisation × (1 − platform fee) × GPUs. */
export const rentalRevenuePerDay = (pricePerGpuHour: number, utilisation: number, platformFee: number, gpus: number): number =>
  pricePerGpuHour * 24 * utilisation * (1 - platformFee) * gpus;

/** Shutdown (break-even) coin price: daily power cost / (coins per day × (1 − pool fee)). Infinity when nothing is mined. */
export const breakEvenCoinPrice = (powerCostDaily: number, coinsDaily: number, poolFee: number): number =>
  coinsDaily > 0 && poolFee < 1 ? powerCostDaily / (coinsDaily * (1 - poolFee)) : Number.POSITIVE_INFINITY;

const growthTables = new Map<number, number[]>();
const TABLE_MONTHS = 1200;

/** The table of (1 + g)^m for one rate, filled as months are read: a projection reads the same few rates for every device. */
function growthTable(monthlyGrowth: number): number[] {
  let table = growthTables.get(monthlyGrowth);
  if (!table) {
    if (growthTables.size >= 256) growthTables.clear();
    growthTables.set(monthlyGrowth, (table = []));
  }
  return table;
}

/** (1 + g)^m, from the rate's table for whole months in range. */
function growthFactor(table: number[], monthlyGrowth: number, month: number): number {
  if (!Number.isInteger(month) || month < 0 || month > TABLE_MONTHS) return (1 + monthlyGrowth) ** month;
  return (table[month] ??= (1 + monthlyGrowth) ** month);
}

/** (1 + g)^m: month m (0-based) of a monthly growth rate. */
export const grown = (value: number, monthlyGrowth: number, month: number): number =>
  monthlyGrowth === 0 ? value : value * growthFactor(growthTable(monthlyGrowth), monthlyGrowth, month);

/** grown(value, g, m) as a function of m, the rate's table looked up once (the projection's month loop). */
export function grownByMonth(value: number, monthlyGrowth: number): (month: number) => number {
  if (monthlyGrowth === 0) return () => value;
  const table = growthTable(monthlyGrowth);
  return (month) => value * growthFactor(table, monthlyGrowth, month);
}

/**
 * Running your own AI work on a GPU, valued at what the same GPU-hours would cost on a marketplace: hours per day ×
 * renter price per GPU-hour × GPUs, less the power of those hours (the machine is assumed off the rest of the day).
 */
export const ownUseValuePerDay = (hoursPerDay: number, pricePerGpuHour: number, gpus: number): number => hoursPerDay * pricePerGpuHour * gpus;
export const ownUsePowerCostPerDay = (hoursPerDay: number, loadW: number, gpus: number, pricePerKwh: number): number => ((hoursPerDay * loadW * gpus) / 1000) * pricePerKwh;

/**
 * Hybrid use of rentable GPUs, per day (or per month: it is linear): rented a share u of the time, mining or idle the
 * rest, whichever pays more. rentRevenue is already at utilisation u; loadCost, miningProfit and idleCost are for the
 * whole day in that state: rentRevenue − loadCost × u + (1 − u) × max(miningProfit, −idleCost).
 */
export const hybridProfit = (rentRevenue: number, loadCost: number, utilisation: number, miningProfit: number, idleCost: number): number =>
  rentRevenue - loadCost * utilisation + (1 - utilisation) * Math.max(miningProfit, -idleCost);
