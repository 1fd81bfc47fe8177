import type { AsicSpec, MiningAlgorithm } from '../catalogue/asic-spec';
import type { GpuSpec } from '../catalogue/gpu-spec';
import type { Market } from '../market/assumptions';
import { halvingAfterFigure } from './coin-halving';
import { LTC_SCHEDULE } from './litecoin';
import type { MiningPlan } from './projection';

/** What is being projected: catalogue hardware, or a bare hashrate (CLI `--hashrate`). */
export type Hardware =
  | { kind: 'asic'; spec: AsicSpec; count: number }
  | { kind: 'gpu'; spec: GpuSpec; count: number }
  | { kind: 'hashrate'; algorithm: MiningAlgorithm; hashrateHs: number; count: number };

export interface Rates {
  priceFactor: number;
  difficulty: number;
  network: number;
  price: number;
}

/** The RTX 4090's best-coin GPU mining gross (terabytetriangle.com, 2026-05-30), the anchor for GPU mining estimates. */
export const GPU_MINING_ANCHOR = { gpu: 'RTX 4090', usdPerDay: 1.05, fp32Tflops: 82.6, date: '2026-05-30', source: 'terabytetriangle.com depin-gpu-rental-vs-mining-2026' };

const networkKeys = (coin: 'ltc' | 'kas') => ({ priceUsd: `${coin}PriceUsd`, networkHashrateHs: `${coin}NetworkHashrateHs`, blockReward: `${coin}BlockReward`, blockTimeS: `${coin}BlockTimeS` });

/** Built once: a key built per read costs a string hash on every market lookup. */
const NETWORK_KEYS = { ltc: networkKeys('ltc'), kas: networkKeys('kas') };

/** Mining plan for a SHA-256, Scrypt (Litecoin) or kHeavyHash (Kaspa) machine from the market figures; null for other algorithms. */
export function miningPlan(algorithm: MiningAlgorithm, hashrateHs: number, powerW: number, market: Market, rates: Rates, halving: Date | null): MiningPlan | null {
  const common = { poolFee: market.value('poolFee', 0), powerW, priceGrowth: rates.price };
  if (algorithm === 'sha256')
    return {
      ...common,
      priceUsd: market.value('btcPriceUsd') * rates.priceFactor,
      coin: { kind: 'sha256', hashrateHs, difficulty: market.value('btcDifficulty'), subsidyBtc: market.value('btcSubsidy'), feesPerBlockBtc: market.value('btcFeesPerBlock'), halvingDate: halving, difficultyGrowth: rates.difficulty },
    };
  const coin = algorithm === 'scrypt' ? 'ltc' : algorithm === 'kheavyhash' ? 'kas' : null;
  if (!coin) return null;
  const keys = NETWORK_KEYS[coin];
  return {
    ...common,
    priceUsd: market.value(keys.priceUsd) * rates.priceFactor,
    coin: {
      kind: 'network',
      hashrateHs,
      networkHashrateHs: market.value(keys.networkHashrateHs),
      blockReward: market.value(keys.blockReward),
      blockTimeS: market.value(keys.blockTimeS),
      networkGrowth: rates.network,
      rewardChange: coin === 'kas' ? market.value('kasRewardChangeMonthly', 0) : 0,
      // Litecoin halves on its schedule after the date its reward figure is for (Kaspa's emission decays monthly instead)
      halving: coin === 'ltc' ? halvingAfterFigure(LTC_SCHEDULE, market, 'ltcBlockReward') : null,
    },
  };
}
