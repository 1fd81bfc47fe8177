import type { GpuSpec } from '../catalogue/gpu-spec';
import type { Market } from '../market/assumptions';
import { formatHashrate } from '../units/hashrate';
import type { Message } from '../text/message';
import { GPU_ALGORITHM_NAMES, type GpuAlgorithm } from './gpu-algorithms';
import { bestGpuCoin, gpuCoinChoices } from './gpu-best-coin';
import { GPU_COINS, type GpuCoin } from './gpu-coin';
import { gpuHashrates, type GpuHashrate } from './gpu-hashrate';
import { earningsNote } from './note-text';
import type { MiningPlan } from './projection';

/** What the user (CLI flags, inventory fields) or the rig's own miner (LAN scan) says about one card. */
export interface GpuMiningPin {
  coin?: GpuCoin;
  /** Per card, on `algorithm` (or the pinned coin's). */
  hashrateHs?: number;
  algorithm?: GpuAlgorithm;
  /** Per card wall power while mining, W. */
  powerW?: number;
  /** The hashrate or power is the user's own (CLI flags, the Earnings pin): the note says "your figures". */
  yours?: true;
}

/** The coin and figures the GPU mining projection used, per card. */
export interface GpuMiningBasis {
  coin: GpuCoin;
  algorithm: GpuAlgorithm;
  hashrateHs: number;
  powerW: number;
  basis: GpuHashrate['basis'] | 'yours';
  /** The table row's source (an estimate: the row it scales); null for the user's or the miner's own figure. */
  source: GpuHashrate['source'] | null;
  /** For an estimate: the card whose row was scaled. */
  estimatedFrom: string | null;
}

const coinOf = (algorithm: GpuAlgorithm): GpuCoin | undefined => (Object.keys(GPU_COINS) as GpuCoin[]).find((c) => GPU_COINS[c].algorithm === algorithm);

/** The card's figures with the user's (or miner's) own hashrate and power put in. */
function figuresWith(spec: GpuSpec, pin: GpuMiningPin): (GpuHashrate & { yours?: true })[] {
  const table = gpuHashrates(spec);
  const algorithm = pin.algorithm ?? (pin.coin ? GPU_COINS[pin.coin].algorithm : undefined);
  const own = pin.hashrateHs !== undefined && algorithm ? { algorithm, hashrateHs: pin.hashrateHs, powerW: pin.powerW ?? table.find((f) => f.algorithm === algorithm)?.powerW ?? spec.tdpW } : null;
  const figures = own ? [...table.filter((f) => f.algorithm !== own.algorithm), { ...own, basis: 'table' as const, source: { title: 'yours', ref: '', date: '' }, yours: true as const }] : table;
  return pin.powerW === undefined ? figures : figures.map((f) => ({ ...f, powerW: pin.powerW ?? f.powerW }));
}

/** The coins (with market figures) this catalogue card has a hashrate figure for: what its mining reads. */
export const gpuMinableCoins = (spec: GpuSpec): GpuCoin[] => {
  const algorithms = new Set(gpuHashrates(spec).map((f) => f.algorithm));
  return (Object.keys(GPU_COINS) as GpuCoin[]).filter((c) => algorithms.has(GPU_COINS[c].algorithm));
};

export interface GpuMiningResult {
  plan: MiningPlan;
  basis: GpuMiningBasis;
  notes: Message[];
}

/** Best (or pinned) coin for `count` cards as a network mining plan; null when the card has no figure for any coin with market figures. */
export function gpuCoinMining(spec: GpuSpec, count: number, market: Market, electricityUsd: number, rates: { priceFactor: number; price: number; network: number }, pin: GpuMiningPin = {}): GpuMiningResult | null {
  const figures = figuresWith(spec, pin);
  const pinnedCoin = pin.coin ?? (pin.algorithm ? coinOf(pin.algorithm) : undefined);
  const choice = bestGpuCoin(gpuCoinChoices(figures, market, electricityUsd), pinnedCoin);
  if (!choice) return null;
  const { figure, figures: f, coin } = choice;
  const yours = 'yours' in figure;
  const plan: MiningPlan = {
    coin: { kind: 'network', hashrateHs: figure.hashrateHs * count, networkHashrateHs: f.networkHashrateHs, blockReward: f.blockReward, blockTimeS: f.blockTimeS, networkGrowth: rates.network, rewardChange: f.rewardChange, halving: f.halving },
    priceUsd: f.priceUsd * rates.priceFactor,
    priceGrowth: rates.price,
    poolFee: market.value('poolFee', 0),
    powerW: figure.powerW * count,
  };
  const algorithm = GPU_ALGORITHM_NAMES[figure.algorithm];
  const notes: Message[] = [earningsNote(pin.yours ? 'gpu-best-coin-yours' : 'gpu-best-coin', { coin: GPU_COINS[coin].name, algorithm, hashrate: formatHashrate(figure.hashrateHs), powerW: Math.round(figure.powerW) })];
  if (!yours && figure.basis === 'estimate') notes.push(earningsNote('gpu-hashrate-estimated', { algorithm, name: spec.name, peer: figure.fromName ?? '' }));
  const basis: GpuMiningBasis = { coin, algorithm: figure.algorithm, hashrateHs: figure.hashrateHs, powerW: figure.powerW, basis: yours ? 'yours' : figure.basis, source: yours ? null : figure.source, estimatedFrom: !yours && figure.basis === 'estimate' ? (figure.fromName ?? null) : null };
  return { plan, basis, notes };
}
