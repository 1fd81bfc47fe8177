import type { GpuCoin } from '../earnings/gpu-coin';
import { GPU_MINING_ANCHOR, type Hardware } from '../earnings/hardware-plan';
import type { InventoryItem } from '../inventory/schema';
import { assumptionKeys } from '../market/assumption-keys';
import type { Market } from '../market/assumptions';
import { ageInMonths, STALE_AFTER_MONTHS, staleFigures, type StaleFigure } from '../market/staleness';
import type { PlanOptionId } from './types';

/** The GPU mining fallback's dated anchor (cards without a hashrate figure), when it is older than six months on `today`. */
function staleAnchor(hardware: Hardware, gpuCoin: GpuCoin | null, today: Date): StaleFigure[] {
  if (hardware.kind !== 'gpu' || gpuCoin !== null) return [];
  const age = ageInMonths(GPU_MINING_ANCHOR.date, today);
  return age > STALE_AFTER_MONTHS ? [{ key: 'gpuMiningAnchor', date: GPU_MINING_ANCHOR.date, ageMonths: Math.floor(age) }] : [];
}

/** What the projection mined: the coin a GPU's projection picked (null: the anchor fallback), and whether the hybrid option mines in any month (otherwise it idles between rentals and reads no mining figure). */
export interface MiningUse {
  gpuCoin: GpuCoin | null;
  hybridMines: boolean;
}

/**
 * Per option: the market figures it reads, and those of them older than six months on `today`. The plan projects
 * today's difficulty (no trend figure), and a resale value entered on the item replaces the market's.
 */
export function optionInputs(hardware: Hardware, item: InventoryItem, market: Market, platform: string, today: Date, mining: MiningUse = { gpuCoin: null, hybridMines: true }) {
  const { gpuCoin, hybridMines } = mining;
  const has = (key: string): boolean => market.get(key) !== null;
  const uses = (use: PlanOptionId): string[] =>
    use === 'hybrid'
      ? [...new Set([...uses('rent'), ...(hybridMines ? uses('mine') : [])])]
      : assumptionKeys(hardware, use, platform, has, gpuCoin).filter((key) => !key.endsWith('TrendMonthly') && !(item.resaleUsd !== null && key.startsWith('resale:')));
  const stale = (use: PlanOptionId): StaleFigure[] => [...staleFigures(uses(use), market, today), ...(use === 'mine' || use === 'hybrid' ? staleAnchor(hardware, gpuCoin, today) : [])];
  return { uses, stale };
}
