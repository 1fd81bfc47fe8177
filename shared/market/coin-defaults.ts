import { ltcRewardAt } from '../earnings/litecoin';
import type { Figure } from './figure';

/**
 * Dated coin-network defaults (../shared/research/market-snapshot-2026.json and earnings.md §2; original sources cited).
 * Shown with their dates in the UI; every one can be overridden and the override is persisted.
 */
export const coinDefaults = {
  btcPriceUsd: { value: 60_000, unit: 'USD per BTC', date: '2026-06-28', source: 'coinpulse.com.au summary of CoinDesk, 2026-06-28 ("falls below $60,000")' },
  btcDifficulty: { value: 133.87e12, unit: 'difficulty', date: '2026-06-26', source: 'bt-miners.com, block 955,584 (+7.15 % from 124.93 T)' },
  btcFeesPerBlock: { value: 0.016, unit: 'BTC per block', date: '2025-12-13', source: 'Braiins Insights hashrate-stats (fees 0.5 % of reward); Luxor week to 2026-01-12: 0.55 %' },
  btcSubsidy: { value: 3.125, unit: 'BTC per block', date: '2024-04-20', source: 'halving at block 840,000 (theblock.co 2024-04-19)' },
  btcDifficultyTrendMonthly: {
    value: -0.017,
    unit: 'fraction per month',
    date: '2026-06-26',
    source: 'difficulty 148.26 T (2025-12-25, yellow.com) → 133.87 T (2026-06-26, bt-miners.com): −9.7 % in 6 months',
    note: 'the 2025 trend was +2.5 %/month (109.8 T → 148.26 T)',
  },
  ltcPriceUsd: { value: 54.55, unit: 'USD per LTC', date: '2026-03-05', source: 'cryptonewsnavigator.com 2026-03-05' },
  ltcNetworkHashrateHs: { value: 2.95e15, unit: 'H/s', date: '2026-07', source: 'crypteknews.com mid-2026 (2.95 PH/s; record 3.34 PH/s on 2026-03-05)' },
  ltcBlockReward: {
    value: ltcRewardAt(new Date('2023-08-03T00:00:00Z')),
    unit: 'LTC per block',
    date: '2023-08-03',
    source: 'halving schedule: 50 LTC halved every 840,000 blocks of 150 s (litecoinpool.org news 90); block 2,520,000, the third halving (12.5 → 6.25), at ~15:06 UTC on 2023-08-02 (CoinDesk 2023-08-02)',
    note: 'the next halving (block 3,360,000, ≈ 2027-07-30; litecoin.watch: Aug 2027 → 3.125) halves it inside a long projection',
  },
  ltcBlockTimeS: { value: 150, unit: 's', date: '2026-03-05', source: 'Litecoin protocol target (litecoin.watch)' },
  kasPriceUsd: { value: 0.0303, unit: 'USD per KAS', date: '2026-07-01', source: 'kaspaexplained.com/kaspa-mining-cycle (checked 2026-07-01)' },
  kasNetworkHashrateHs: { value: 350.54e15, unit: 'H/s', date: '2026-07-01', source: '2Miners via kaspaexplained.com (checked 2026-07-01)' },
  kasBlockReward: { value: 2.59565436, unit: 'KAS per block', date: '2026-07-01', source: 'kaspaexplained.com (checked 2026-07-01)' },
  kasBlockTimeS: { value: 0.1, unit: 's', date: '2025-05-05', source: '10 blocks/s since the Crescendo hard fork (kaspaexplained.com)' },
  kasRewardChangeMonthly: {
    value: 2 ** (-1 / 12) - 1,
    unit: 'fraction per month',
    date: '2026-07-01',
    source: 'chromatic emission schedule: halves yearly, ×2^(−1/12) per month (kaspaexplained.com)',
  },
} satisfies Record<string, Figure>;

/** The next Bitcoin halving, editable: days on or after it earn half the subsidy. */
export const halvingDefault = {
  value: '2028-04-12',
  date: '2026-06-26',
  source: 'block 955,584 on 2026-06-26 + 94,416 blocks × 600 s; published estimates Mar–Apr 2028 (bitget wiki 2025-01-23), ~2028-04-15 (bitcoinreservestrategies.com)',
};
