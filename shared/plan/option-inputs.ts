import { GPU_MINING_ANCHOR, type Hardware } from '../earnings/hardware-plan';
import type { InventoryItem } from '../inventory/schema';
import { assumptionKeys } from '../market/assumption-keys';
import type { Market } from '../market/assumptions';
import { ageInMonths, STALE_AFTER_MONTHS, staleFigures, type StaleFigure } from '../market/staleness';
import type { PlanOptionId } from './types';

/** The GPU mining estimate's dated anchor, when it is older than six months on `today`. */
function staleAnchor(today: Date): StaleFigure[] {
  const age = ageInMonths(GPU_MINING_ANCHOR.date, today);
  return age > STALE_AFTER_MONTHS ? [{ key: 'gpuMiningAnchor', date: GPU_MINING_ANCHOR.date, ageMonths: Math.floor(age) }] : [];
}

/**
 * Per option: the market figures it reads, and those of them older than six months on `today`. The plan projects
 * today's difficulty (no trend figure), and a resale value entered on the item replaces the market's.
 */
export function optionInputs(hardware: Hardware, item: InventoryItem, market: Market, platform: string, today: Date) {
  const has = (key: string): boolean => market.get(key) !== null;
  const uses = (use: PlanOptionId): string[] =>
    use === 'hybrid'
      ? [...new Set([...uses('rent'), ...uses('mine')])]
      : assumptionKeys(hardware, use, platform, has).filter((key) => !key.endsWith('TrendMonthly') && !(item.resaleUsd !== null && key.startsWith('resale:')));
  const stale = (use: PlanOptionId): StaleFigure[] => [...staleFigures(uses(use), market, today), ...(hardware.kind === 'gpu' && (use === 'mine' || use === 'hybrid') ? staleAnchor(today) : [])];
  return { uses, stale };
}
