import { rvnHeightAt, rvnRewardAt, RVN_ANCHOR } from '../../earnings/ravencoin';
import type { Figure } from '../figure';

const WTM_2026_02_16 = 'WhatToMine API snapshot of 2026-02-16 as recorded by github.com/miika-hakala/crypto-lab profit-run/examples/paper_ranking.example.md';

/**
 * Dated figures for the GPU-mined coins (Ravencoin on KawPow, Ergo on Autolykos2): network hashrate, block reward,
 * block time and price, editable like the BTC/LTC/KAS figures. Kaspa's (kHeavyHash) are in coin-defaults.ts.
 */
export const gpuCoinDefaults = {
  rvnPriceUsd: {
    value: 0.0057,
    unit: 'USD per RVN',
    date: '2026-02-16',
    source: `derived: market cap $100.7M (${WTM_2026_02_16}) ÷ ~17.8 B RVN circulating`,
    note: '~16.9 B in June 2025 (cryptocollec.com: $250–290M at $0.015–0.017) + 1,250–2,500 RVN a minute since; an estimate — enter the price you see',
  },
  rvnNetworkHashrateHs: { value: 4.398864564997e12, unit: 'H/s', date: '2026-02-16', source: WTM_2026_02_16 },
  rvnBlockReward: {
    value: rvnRewardAt(new Date('2026-02-16T00:00:00Z')),
    unit: 'RVN per block',
    date: '2026-02-16',
    source: `halving schedule: 5,000 RVN halved every 2,100,000 one-minute blocks (Ravencoin chainparams nSubsidyHalvingInterval, RavenProject/Ravencoin issue #3); block ${RVN_ANCHOR.height.toLocaleString('en-US')} on ${RVN_ANCHOR.date} (fxempire.com) puts 2026-02-16 near block ${rvnHeightAt(new Date('2026-02-16T00:00:00Z')).toLocaleString('en-US')}, after the halving at 4,200,000 (≈ 2026-01-01)`,
    note: 'the next halving (block 6,300,000, ≈ 2029-12-29) halves it inside a long projection',
  },
  rvnBlockTimeS: { value: 60, unit: 's', date: '2018-01', source: 'Ravencoin protocol target, one block a minute (makeall.dev "Running Ravencoin Miner")' },
  ergPriceUsd: { value: 0.32, unit: 'USD per ERG', date: '2026-04-15', source: 'CoinGecko via cryptogloss.io/glossary/erg (price data as of 2026-04-15; market cap $26.52M)' },
  ergNetworkHashrateHs: { value: 2.580536047246e12, unit: 'H/s', date: '2026-02-16', source: WTM_2026_02_16 },
  ergBlockReward: {
    value: 3,
    unit: 'ERG per block',
    date: '2026-04',
    source: 'inmediate.io ERG outlook: 9 ERG from Oct 2025, 6 ERG from Jan 2026, a floor of 3 ERG per block by April 2026 (EIP-27 schedule)',
  },
  ergBlockTimeS: { value: 120, unit: 's', date: '2019-07-01', source: 'Ergo protocol target, two-minute blocks (calc.ergominers.com methodology; docs.ergoplatform.com)' },
} satisfies Record<string, Figure>;
