/** Market figures by key, in English words (the CLI's `market show`; the interface's English labels). */
export const figureLabels: Record<string, string> = {
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
  poolFee: 'Pool fee',
  utilisation: 'Rental utilisation',
  rentalRateChangeMonthly: 'Rental price change',
  gpuResaleChangeMonthly: 'GPU resale value change',
  asicResaleChangeMonthly: 'ASIC resale value change',
  eurPerUsd: 'EUR per USD',
};

/** A figure's label, or its key when it has none. */
export const figureLabel = (key: string): string => figureLabels[key] ?? key;
