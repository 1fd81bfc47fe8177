import { z } from 'zod';
import type { Market } from '../market/assumptions';
import type { GpuAlgorithm } from './gpu-algorithms';
import { halvingAfterFigure } from './coin-halving';
import { RVN_SCHEDULE } from './ravencoin';

/** GPU-mined coins with market figures, keyed by ticker; each is mined on one algorithm. */
export const GpuCoinSchema = z.enum(['rvn', 'erg', 'kas']);
export type GpuCoin = z.infer<typeof GpuCoinSchema>;

export const GPU_COINS: Record<GpuCoin, { name: string; algorithm: GpuAlgorithm }> = {
  rvn: { name: 'Ravencoin', algorithm: 'kawpow' },
  erg: { name: 'Ergo', algorithm: 'autolykos2' },
  kas: { name: 'Kaspa', algorithm: 'kheavyhash' },
};

const keysOf = (coin: GpuCoin) => ({
  priceUsd: `${coin}PriceUsd`,
  networkHashrateHs: `${coin}NetworkHashrateHs`,
  blockReward: `${coin}BlockReward`,
  blockTimeS: `${coin}BlockTimeS`,
});

/** Built once: a key built per read costs a string hash on every market lookup. */
const COIN_KEYS: Record<GpuCoin, ReturnType<typeof keysOf>> = { rvn: keysOf('rvn'), erg: keysOf('erg'), kas: keysOf('kas') };

/** The market keys one coin's revenue reads (price, network hashrate, block reward, block time). */
export const gpuCoinKeys = (coin: GpuCoin): Readonly<ReturnType<typeof keysOf>> => COIN_KEYS[coin];

export interface GpuCoinFigures {
  priceUsd: number;
  networkHashrateHs: number;
  blockReward: number;
  blockTimeS: number;
  /** Monthly change of the block reward (Kaspa's emission; 0 for the others). */
  rewardChange: number;
  /** Ravencoin's next halving after its reward figure's date, and the interval to the ones after; null for the others. */
  halving: { date: Date; intervalMs: number } | null;
}

/** Ravencoin halves on its schedule after the date its reward figure is for (a figure without a date: none in view). */
const halvingOf = (coin: GpuCoin, market: Market): GpuCoinFigures['halving'] => (coin === 'rvn' ? halvingAfterFigure(RVN_SCHEDULE, market, gpuCoinKeys(coin).blockReward) : null);

/** The coin's figures from the market (defaults under the user's overrides); null when one is missing. */
export function gpuCoinFigures(coin: GpuCoin, market: Market): GpuCoinFigures | null {
  const k = gpuCoinKeys(coin);
  const priceUsd = market.value(k.priceUsd);
  const networkHashrateHs = market.value(k.networkHashrateHs);
  const blockReward = market.value(k.blockReward);
  const blockTimeS = market.value(k.blockTimeS);
  if (![priceUsd, networkHashrateHs, blockReward, blockTimeS].every(Number.isFinite)) return null;
  return { priceUsd, networkHashrateHs, blockReward, blockTimeS, rewardChange: coin === 'kas' ? market.value('kasRewardChangeMonthly', 0) : 0, halving: halvingOf(coin, market) };
}
