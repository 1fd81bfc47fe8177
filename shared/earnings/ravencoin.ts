import { heightAt, nextHalving, rewardAt, rewardAtHeight, type HalvingSchedule } from './halving-schedule';

/**
 * Ravencoin's emission (chainparams.cpp `nSubsidyHalvingInterval = 2100000`, RavenProject/Ravencoin issue #3): 5,000 RVN
 * a block, halved every 2,100,000 blocks of one minute (≈ 4 years). The height on a date is counted from a dated
 * block: block 2,100,000, the first halving, on 2022-01-04 (fxempire.com 2022-01-04).
 */
export const RVN_INITIAL_REWARD = 5000;
export const RVN_HALVING_INTERVAL_BLOCKS = 2_100_000;
export const RVN_BLOCK_TIME_S = 60;
export const RVN_ANCHOR = { height: 2_100_000, date: '2022-01-04' } as const;

export const RVN_SCHEDULE: HalvingSchedule = {
  initialReward: RVN_INITIAL_REWARD,
  intervalBlocks: RVN_HALVING_INTERVAL_BLOCKS,
  blockTimeS: RVN_BLOCK_TIME_S,
  anchor: { height: RVN_ANCHOR.height, date: `${RVN_ANCHOR.date}T00:00:00Z` },
};

export const rvnRewardAtHeight = (height: number): number => rewardAtHeight(RVN_SCHEDULE, height);

/** Estimated height on a date at one block a minute from the anchor. */
export const rvnHeightAt = (at: Date): number => heightAt(RVN_SCHEDULE, at);

export const rvnRewardAt = (at: Date): number => rewardAt(RVN_SCHEDULE, at);

/** The next halving after a date: its height and estimated date. */
export const rvnNextHalving = (at: Date): { height: number; date: Date } => nextHalving(RVN_SCHEDULE, at);
