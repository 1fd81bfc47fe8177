import { BITCOIN_TARGET_BLOCK_S, HALVING_INTERVAL_BLOCKS, INITIAL_SUBSIDY_BTC, SECONDS_PER_DAY, TWO_POW_32 } from './constants';

/** Block subsidy at a height: 50 BTC halved every 210,000 blocks (block 840,000 → 3.125; 1,050,000 → 1.5625). */
export const subsidyAtHeight = (height: number): number => INITIAL_SUBSIDY_BTC / 2 ** Math.floor(height / HALVING_INTERVAL_BLOCKS);

export const nextHalvingHeight = (height: number): number => (Math.floor(height / HALVING_INTERVAL_BLOCKS) + 1) * HALVING_INTERVAL_BLOCKS;

/** Date of the next halving if blocks keep coming every `blockTimeS` seconds from a known (height, date). */
export function estimateHalvingDate(height: number, at: Date, blockTimeS = BITCOIN_TARGET_BLOCK_S): Date {
  return new Date(at.getTime() + (nextHalvingHeight(height) - height) * blockTimeS * 1000);
}

export interface BitcoinInputs {
  hashrateHs: number;
  difficulty: number;
  subsidyBtc: number;
  feesPerBlockBtc: number;
}

/**
 * Expected BTC per day: H × 86400 × (subsidy + fees per block) / (difficulty × 2^32).
 * A hash meets difficulty D with probability 1 / (D · 2^32) (bitcoin.stackexchange q/18629; earnings.md §1).
 */
export const btcPerDay = (i: BitcoinInputs): number => (i.hashrateHs * SECONDS_PER_DAY * (i.subsidyBtc + i.feesPerBlockBtc)) / (i.difficulty * TWO_POW_32);

/** Hashprice as miners quote it (Luxor's Hashrate Index): the expected revenue of 1 PH/s (and 1 TH/s) for a day. */
export function hashprice(difficulty: number, subsidyBtc: number, feesPerBlockBtc: number, priceUsd: number) {
  const btcPerPhDay = btcPerDay({ hashrateHs: 1e15, difficulty, subsidyBtc, feesPerBlockBtc });
  return { btcPerPhDay, usdPerPhDay: btcPerPhDay * priceUsd, btcPerThDay: btcPerPhDay / 1000, usdPerThDay: (btcPerPhDay * priceUsd) / 1000 };
}

/** Revenue per MWh a fleet earns: hashprice [$/PH/day] / (J/TH × 0.024) (Hashrate Index, 2026-01-12). */
export const revenuePerMwh = (usdPerPhDay: number, joulesPerTh: number): number => usdPerPhDay / (joulesPerTh * 0.024);

/**
 * Fraction of the subsidy earned on average over [from, to): 1 before the halving, ½ after, weighted by days.
 * Further halvings follow every 210,000 blocks at the target block time (`interval`, ms: another coin's schedule).
 */
export function subsidyFactor(from: Date, to: Date, halving: Date | null): number {
  return subsidyFactorMs(from.getTime(), to.getTime(), halving ? halving.getTime() : null);
}

/** 210,000 blocks at the 600 s target, in ms (computed once, not on every call). */
const BTC_HALVING_INTERVAL_MS = HALVING_INTERVAL_BLOCKS * BITCOIN_TARGET_BLOCK_S * 1000;

/** subsidyFactor on epoch milliseconds (the projection's hot path: no Date per month). */
export function subsidyFactorMs(start: number, stop: number, halving: number | null, interval = BTC_HALVING_INTERVAL_MS): number {
  if (halving === null || stop <= start) return 1;
  let boundary = halving;
  let factor = 1;
  while (boundary <= start) {
    factor /= 2;
    boundary += interval;
  }
  if (stop <= boundary) return factor;
  let weighted = 0;
  for (let cursor = start; cursor < stop; ) {
    const end = Math.min(stop, boundary);
    weighted += (end - cursor) * factor;
    cursor = end;
    if (cursor >= boundary) {
      factor /= 2;
      boundary += interval;
    }
  }
  return weighted / (stop - start);
}
