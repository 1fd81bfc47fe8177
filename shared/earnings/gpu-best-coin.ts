import { coinsPerDayFromNetwork, powerCostPerDay } from './formulas';
import { GPU_COINS, GpuCoinSchema, gpuCoinFigures, type GpuCoin, type GpuCoinFigures } from './gpu-coin';
import type { GpuHashrate } from './gpu-hashrate';
import type { Market } from '../market/assumptions';

/** One coin for one card: what it would mine and earn per card per day. */
export interface GpuCoinChoice {
  coin: GpuCoin;
  figure: GpuHashrate;
  figures: GpuCoinFigures;
  /** Per card, USD per day: gross after the pool fee, power at the user's price, and their difference. */
  revenueUsd: number;
  powerCostUsd: number;
  netUsd: number;
}

/** Revenue per day: H / network H × blocks a day × reward × price × (1 − pool fee), the WhatToMine formula. */
export const gpuRevenuePerDay = (hashrateHs: number, f: GpuCoinFigures, poolFee: number): number =>
  coinsPerDayFromNetwork(hashrateHs, f.networkHashrateHs, f.blockReward, f.blockTimeS) * f.priceUsd * (1 - poolFee);

/** Each coin this card has a figure for, valued per card per day at the market's figures and the electricity price (USD/kWh). */
export function gpuCoinChoices(figures: readonly GpuHashrate[], market: Market, electricityUsd: number): GpuCoinChoice[] {
  const poolFee = market.value('poolFee', 0);
  return GpuCoinSchema.options.flatMap((coin) => {
    const figure = figures.find((f) => f.algorithm === GPU_COINS[coin].algorithm);
    const f = gpuCoinFigures(coin, market);
    if (!figure || !f) return [];
    const revenueUsd = gpuRevenuePerDay(figure.hashrateHs, f, poolFee);
    const powerCostUsd = powerCostPerDay(figure.powerW, electricityUsd);
    return [{ coin, figure, figures: f, revenueUsd, powerCostUsd, netUsd: revenueUsd - powerCostUsd }];
  });
}

/** The best coin: highest net per day (the pinned coin when the user chose one and the card has a figure for it). */
export function bestGpuCoin(choices: readonly GpuCoinChoice[], pinned?: GpuCoin): GpuCoinChoice | null {
  if (pinned) return choices.find((c) => c.coin === pinned) ?? null;
  return choices.reduce<GpuCoinChoice | null>((best, c) => (!best || c.netUsd > best.netUsd ? c : best), null);
}
