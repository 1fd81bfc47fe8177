import type { Message } from '../text/message';
import type { Hardware } from '../earnings/hardware-plan';
import { projectHardware, type RentalEligibility } from '../earnings/project-hardware';
import type { Market } from '../market/assumptions';
import type { Preferences } from '../market/preferences';
import { currencyFactor, roundMoney } from './money';
import type { Efficiency } from './schema';

/** Decode tokens/s per watt of board power; null when either is unknown (or the power is 0). */
export const tokensPerSecondPerWatt = (tokensPerSecond: number | null, powerW: number | null): number | null =>
  tokensPerSecond === null || powerW === null || powerW <= 0 ? null : Math.round((tokensPerSecond / powerW) * 1000) / 1000;

export interface DailyEarnings {
  efficiency: Omit<Efficiency, 'tokensPerSecondPerWatt'>;
  notes: Message[];
}

/**
 * Day-one profit of mining and of renting from the earnings engine (the Earnings view's and `project`'s numbers),
 * in the user's currency. An ASIC is pinned to its compared power; a GPU mines at the hashrate table's tuned power
 * (what a miner runs it at, #24) and rents at the compared board (or detected) power.
 */
export function dailyEarnings(hardware: Hardware, market: Market, preferences: Preferences, now: Date, powerW: number | null, eligibility?: RentalEligibility): DailyEarnings {
  const power = powerW === null ? {} : hardware.kind === 'gpu' ? { rentalLoadW: powerW } : { powerW };
  const result = projectHardware(hardware, market, preferences, { start: now, ...power }, eligibility);
  const fx = currencyFactor(preferences, market);
  const { mine, rent } = result.projection;
  return {
    efficiency: {
      miningPerDay: mine ? roundMoney(mine.daily.profit * fx) : null,
      rentingPerDay: rent ? roundMoney(rent.daily.profit * fx) : null,
      rentalListable: rent ? result.rentalListable : null,
    },
    notes: result.notes,
  };
}
