import type { MiningAlgorithm } from '../catalogue/asic-spec';
import { gpuCoinKeys, type GpuCoin } from '../earnings/gpu-coin';
import { gpuMinableCoins } from '../earnings/gpu-mining';
import type { Hardware } from '../earnings/hardware-plan';

/**
 * Which market figures (keys of `marketDefaults`, or per-model "rental:<id>" / "resale:<id>") each way of using a
 * device reads: what the Earnings view lists as editable assumptions, and what the Plan shows behind each figure.
 * It mirrors what `projectHardware` and `planDevice` read; keep them together when one changes.
 */
export type AssumptionUse = 'mine' | 'rent' | 'own-ai' | 'sell' | 'off';

/** The figures a mining projection of this algorithm reads (none for an algorithm without market figures). */
export function miningKeys(algorithm: MiningAlgorithm): string[] {
  if (algorithm === 'sha256') return ['btcPriceUsd', 'btcDifficulty', 'btcSubsidy', 'btcFeesPerBlock', 'btcDifficultyTrendMonthly', 'poolFee'];
  const coin = algorithm === 'scrypt' ? 'ltc' : algorithm === 'kheavyhash' ? 'kas' : null;
  if (!coin) return [];
  return [`${coin}PriceUsd`, `${coin}NetworkHashrateHs`, `${coin}BlockReward`, ...(coin === 'kas' ? ['kasRewardChangeMonthly'] : []), 'poolFee'];
}

/**
 * A GPU's mining figures: the price, network hashrate and reward of the coin the projection mined (every
 * coin the card has a hashrate for when that is not known), then the pool fee, like miningKeys (block times are protocol
 * constants). None for the anchor fallback (coin null).
 */
function gpuMiningKeys(spec: Extract<Hardware, { kind: 'gpu' }>['spec'], coin: GpuCoin | null | undefined): string[] {
  const coins = coin === undefined ? gpuMinableCoins(spec) : coin === null ? [] : [coin];
  const keys = coins.flatMap((c) => {
    const k = gpuCoinKeys(c);
    return [k.priceUsd, k.networkHashrateHs, k.blockReward, ...(c === 'kas' ? ['kasRewardChangeMonthly'] : [])];
  });
  return keys.length === 0 ? [] : [...keys, 'poolFee'];
}

/** The NVIDIA GPU whose rental median prices NVIDIA models without one (scaled by FP32 TFLOPS). */
export const RENTAL_ANCHOR_ID = 'nvidia-rtx-3090';

/**
 * The figures behind one use of one piece of hardware. `has(key)` says whether a figure exists (a model without its own
 * rental median is priced from the anchor's). `gpuCoin`: the coin a GPU's mining projection picked (HardwareProjection.
 * gpuMining), null when it fell back to the dated anchor, absent when not known.
 */
export function assumptionKeys(hw: Hardware, use: AssumptionUse, platform: string, has: (key: string) => boolean, gpuCoin?: GpuCoin | null): string[] {
  if (use === 'off') return [];
  if (use === 'mine') return hw.kind === 'gpu' ? gpuMiningKeys(hw.spec, gpuCoin) : miningKeys(hw.kind === 'asic' ? hw.spec.algorithm : hw.algorithm);
  if (hw.kind === 'hashrate') return [];
  if (use === 'sell') return [`resale:${hw.spec.id}`, hw.kind === 'asic' ? 'asicResaleChangeMonthly' : 'gpuResaleChangeMonthly'];
  if (hw.kind !== 'gpu') return [];
  const own = `rental:${hw.spec.id}`;
  const rental = has(own) || hw.spec.vendor !== 'nvidia' ? own : `rental:${RENTAL_ANCHOR_ID}`;
  return use === 'rent' ? [rental, 'utilisation', 'rentalRateChangeMonthly', `platformFee:${platform}`] : [rental];
}
