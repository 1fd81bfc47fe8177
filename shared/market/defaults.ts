import { coinDefaults, halvingDefault } from './coin-defaults';
import { eurPerUsd, platformFees, poolFeeDefault, rentalMediansUsdPerHour, rentalRateChangeMonthly, resaleChangeMonthly, resaleUsd, utilisationDefault } from './data/rental-resale';
import { gpuCoinDefaults } from './data/gpu-coins';
import type { Figure } from './figure';

/** Every numeric default the projections use, by key; per-model rental prices and resale values are keyed "rental:<id>" / "resale:<id>". */
export const marketDefaults: Record<string, Figure> = {
  ...coinDefaults,
  ...gpuCoinDefaults,
  poolFee: poolFeeDefault,
  utilisation: utilisationDefault,
  rentalRateChangeMonthly,
  eurPerUsd,
  gpuResaleChangeMonthly: resaleChangeMonthly.gpu,
  asicResaleChangeMonthly: resaleChangeMonthly.asic,
  ...Object.fromEntries(Object.entries(platformFees).map(([platform, figure]) => [`platformFee:${platform}`, figure])),
  ...Object.fromEntries(Object.entries(rentalMediansUsdPerHour).map(([id, figure]) => [`rental:${id}`, figure])),
  ...Object.fromEntries(Object.entries(resaleUsd).map(([id, figure]) => [`resale:${id}`, figure])),
};

export { halvingDefault };

/** The newest date among the defaults: "figures as of …". */
export const snapshotDate = (): string => Object.values(marketDefaults).reduce((latest, f) => (f.date > latest ? f.date : latest), '0000');
