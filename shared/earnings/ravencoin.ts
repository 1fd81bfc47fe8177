/**
 * Ravencoin's emission (chainparams.cpp `nSubsidyHalvingInterval = 2100000`, RavenProject/Ravencoin issue #3): 5,000 RVN
 * a block, halved every 2,100,000 blocks of one minute (≈ 4 years). The height on a date is counted from a dated
 * block: block 2,100,000, the first halving, on 2022-01-04 (fxempire.com 2022-01-04).
 */
export const RVN_INITIAL_REWARD = 5000;
export const RVN_HALVING_INTERVAL_BLOCKS = 2_100_000;
export const RVN_BLOCK_TIME_S = 60;
export const RVN_ANCHOR = { height: 2_100_000, date: '2022-01-04' } as const;

const anchorMs = Date.parse(`${RVN_ANCHOR.date}T00:00:00Z`);

export const rvnRewardAtHeight = (height: number): number => RVN_INITIAL_REWARD / 2 ** Math.floor(height / RVN_HALVING_INTERVAL_BLOCKS);

/** Estimated height on a date at one block a minute from the anchor block. */
export const rvnHeightAt = (at: Date): number => Math.floor(RVN_ANCHOR.height + (at.getTime() - anchorMs) / (RVN_BLOCK_TIME_S * 1000));

export const rvnRewardAt = (at: Date): number => rvnRewardAtHeight(rvnHeightAt(at));

/** The next halving after a date: its height and estimated date. */
export function rvnNextHalving(at: Date): { height: number; date: Date } {
  const height = (Math.floor(rvnHeightAt(at) / RVN_HALVING_INTERVAL_BLOCKS) + 1) * RVN_HALVING_INTERVAL_BLOCKS;
  return { height, date: new Date(anchorMs + (height - RVN_ANCHOR.height) * RVN_BLOCK_TIME_S * 1000) };
}
