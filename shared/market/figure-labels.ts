/**
 * Market figures by key, in English words: the one English source for the CLI's `market show` and the interface's
 * English labels (renderer/src/i18n/en-views.ts spreads it; it-views.ts has the Italian for every key).
 */
export const figureLabels = {
  btcPriceUsd: 'Bitcoin price (USD)',
  btcDifficulty: 'Bitcoin difficulty',
  btcFeesPerBlock: 'Fees per block (BTC)',
  btcSubsidy: 'Block subsidy (BTC)',
  btcDifficultyTrendMonthly: 'Difficulty trend',
  ltcPriceUsd: 'Litecoin price (USD)',
  ltcNetworkHashrateHs: 'Litecoin network (H/s)',
  ltcBlockReward: 'Litecoin block reward',
  ltcBlockTimeS: 'Litecoin block time (s)',
  kasPriceUsd: 'Kaspa price (USD)',
  kasNetworkHashrateHs: 'Kaspa network (H/s)',
  kasBlockReward: 'Kaspa block reward',
  kasBlockTimeS: 'Kaspa block time (s)',
  kasRewardChangeMonthly: 'Kaspa emission change',
  rvnPriceUsd: 'Ravencoin price (USD)',
  rvnNetworkHashrateHs: 'Ravencoin network (H/s)',
  rvnBlockReward: 'Ravencoin block reward',
  rvnBlockTimeS: 'Ravencoin block time (s)',
  ergPriceUsd: 'Ergo price (USD)',
  ergNetworkHashrateHs: 'Ergo network (H/s)',
  ergBlockReward: 'Ergo block reward',
  ergBlockTimeS: 'Ergo block time (s)',
  poolFee: 'Pool fee',
  utilisation: 'Rental utilisation',
  rentalRateChangeMonthly: 'Rental price change',
  gpuResaleChangeMonthly: 'GPU resale value change',
  asicResaleChangeMonthly: 'ASIC resale value change',
  eurPerUsd: 'EUR per USD',
} as const satisfies Record<string, string>;

/** A figure's label, or its key when it has none. */
export const figureLabel = (key: string): string => (Object.hasOwn(figureLabels, key) ? figureLabels[key as keyof typeof figureLabels] : key);
