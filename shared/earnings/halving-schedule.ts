/**
 * A block-reward halving schedule (Bitcoin-style: the reward halves every `intervalBlocks`), with the height on a date
 * counted from one dated block at the protocol's target block time. Ravencoin and Litecoin use it.
 */
export interface HalvingSchedule {
  initialReward: number;
  intervalBlocks: number;
  blockTimeS: number;
  /** A block whose date is known (a past halving), the origin of the height estimate. */
  anchor: { height: number; date: string };
}

const anchorMs = (s: HalvingSchedule): number => Date.parse(s.anchor.date);

export const rewardAtHeight = (s: HalvingSchedule, height: number): number => s.initialReward / 2 ** Math.floor(height / s.intervalBlocks);

/** Estimated height on a date, one block every target block time from the anchor. */
export const heightAt = (s: HalvingSchedule, at: Date): number => Math.floor(s.anchor.height + (at.getTime() - anchorMs(s)) / (s.blockTimeS * 1000));

export const rewardAt = (s: HalvingSchedule, at: Date): number => rewardAtHeight(s, heightAt(s, at));

/** The next halving after a date: its height and estimated date. */
export function nextHalving(s: HalvingSchedule, at: Date): { height: number; date: Date } {
  const height = (Math.floor(heightAt(s, at) / s.intervalBlocks) + 1) * s.intervalBlocks;
  return { height, date: new Date(anchorMs(s) + (height - s.anchor.height) * s.blockTimeS * 1000) };
}

/** The projection's view of the schedule: the next halving after a date and the interval between halvings. */
export const halvingAfter = (s: HalvingSchedule, at: Date): { date: Date; intervalMs: number } => ({
  date: nextHalving(s, at).date,
  intervalMs: s.intervalBlocks * s.blockTimeS * 1000,
});
