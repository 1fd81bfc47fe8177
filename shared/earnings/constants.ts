/** Conventions every projection uses (stated in docs/earnings.md). */
export const SECONDS_PER_DAY = 86_400;
/** A month is 365.25 / 12 days. */
export const DAYS_PER_MONTH = 30.4375;
export const TWO_POW_32 = 2 ** 32;
/** Bitcoin halves its subsidy every 210,000 blocks (≈ 4 years at 600 s). */
export const HALVING_INTERVAL_BLOCKS = 210_000;
export const BITCOIN_TARGET_BLOCK_S = 600;
export const INITIAL_SUBSIDY_BTC = 50;
export const MS_PER_DAY = SECONDS_PER_DAY * 1000;
