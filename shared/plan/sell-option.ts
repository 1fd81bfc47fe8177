import type { OptionSeries } from '../earnings/projection';
import type { StaleFigure } from '../market/staleness';
import type { PlanOption } from './types';

const total = (s: OptionSeries | null, pick: (row: OptionSeries['months'][number]) => number): number => (s ? s.months.reduce((sum, row) => sum + pick(row), 0) : 0);

export interface SellInput {
  /** Sale price now, all units (USD); undefined when none is known. */
  priceNow: number | undefined;
  /** Its value after 12 months if kept, USD. */
  inYear: number;
  /** The mining series it is set against (null where the device cannot mine). */
  mine: OptionSeries | null;
  stale: StaleFigure[];
  assumptions: string[];
}

/**
 * Selling now: the sale price as cash once (its 12-month net), no electricity after. Set against keeping it mining:
 * sale price + electricity no longer paid − mining revenue given up − what it would still fetch in a year.
 * A market resale price older than six months is shown but not ranked on.
 */
export function sellOption({ priceNow, inYear, mine, stale, assumptions }: SellInput): PlanOption {
  const base = { id: 'sell', kind: 'cash', perMonth: null, stale, assumptions } as const;
  if (priceNow === undefined) return { ...base, net12: 0, rankUsd: 0, available: false, note: { code: 'no-resale' } };
  const electricitySaved12 = total(mine, (r) => r.powerCost);
  const miningRevenue12 = total(mine, (r) => r.revenue);
  const sale = { priceNow, inYear, electricitySaved12, miningRevenue12, vsKeepMining12: priceNow + electricitySaved12 - miningRevenue12 - inYear };
  const outdated = stale.some((f) => f.key.startsWith('resale:'));
  return { ...base, net12: priceNow, rankUsd: priceNow, available: !outdated, sale, note: outdated ? { code: 'stale-resale' } : null };
}
