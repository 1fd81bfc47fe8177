import type { Market } from '../market/assumptions';
import { halvingAfter, type HalvingSchedule } from './halving-schedule';

/**
 * The next halving after the date a block-reward figure is for, and the interval to the ones after (what
 * `NetworkMining.halving` takes); null when the figure has no readable date, so no halving is in view.
 */
export function halvingAfterFigure(schedule: HalvingSchedule, market: Market, rewardKey: string): { date: Date; intervalMs: number } | null {
  const date = market.get(rewardKey)?.figure?.date;
  if (!date) return null;
  const found = halvingMsAfter(schedule, date);
  return found && { date: new Date(found.ms), intervalMs: found.intervalMs };
}

const memo = new WeakMap<HalvingSchedule, Map<string, { ms: number; intervalMs: number } | null>>();
const MAX_DATES = 1000;

/** The next halving after a dated figure, in epoch ms; parsed once per schedule and date (every device reads the same figure). */
function halvingMsAfter(schedule: HalvingSchedule, date: string): { ms: number; intervalMs: number } | null {
  let dates = memo.get(schedule);
  if (!dates) memo.set(schedule, (dates = new Map()));
  const known = dates.get(date);
  if (known !== undefined) return known;
  if (dates.size >= MAX_DATES) dates.clear();
  const next = Number.isNaN(Date.parse(date)) ? null : halvingAfter(schedule, new Date(date));
  const found = next && { ms: next.date.getTime(), intervalMs: next.intervalMs };
  dates.set(date, found);
  return found;
}
