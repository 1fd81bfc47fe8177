import { nextHalving, rewardAt, type HalvingSchedule } from './halving-schedule';

/**
 * Litecoin's emission: 50 LTC a block, halved every 840,000 blocks of 150 s (≈ 4 years; litecoinpool.org news 90,
 * 2023-08-02). The height on a date is counted from its third halving: block 2,520,000 at about 15:06 UTC on
 * 2023-08-02 (CoinDesk 2023-08-02, from litecoinspace.org), 12.5 → 6.25 LTC. The next, at block 3,360,000, falls
 * ≈ 2027-07-30 (litecoin.watch: "Aug 2027").
 */
export const LTC_SCHEDULE: HalvingSchedule = {
  initialReward: 50,
  intervalBlocks: 840_000,
  blockTimeS: 150,
  anchor: { height: 2_520_000, date: '2023-08-02T15:06:00Z' },
};

export const ltcRewardAt = (at: Date): number => rewardAt(LTC_SCHEDULE, at);

export const ltcNextHalving = (at: Date): { height: number; date: Date } => nextHalving(LTC_SCHEDULE, at);
