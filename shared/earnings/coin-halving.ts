import type { Market } from '../market/assumptions';
import { halvingAfter, type HalvingSchedule } from './halving-schedule';

/**
 * The next halving after the date a block-reward figure is for, and the interval to the ones after (what
 * `NetworkMining.halving` takes); null when the figure has no readable date, so no halving is in view.
 */
export function halvingAfterFigure(schedule: HalvingSchedule, market: Market, rewardKey: string): { date: Date; intervalMs: number } | null {
  const date = market.get(rewardKey)?.figure?.date;
  if (!date || Number.isNaN(Date.parse(date))) return null;
  return halvingAfter(schedule, new Date(date));
}
