import { describe, expect, it } from 'vitest';
import { DAYS_PER_MONTH, MS_PER_DAY } from '../../../shared/earnings/constants';
import { miningPlan } from '../../../shared/earnings/hardware-plan';
import { LTC_SCHEDULE, ltcNextHalving, ltcRewardAt } from '../../../shared/earnings/litecoin';
import { heightAt, rewardAtHeight } from '../../../shared/earnings/halving-schedule';
import { project } from '../../../shared/earnings/projection';
import { resolveMarket } from '../../../shared/market/assumptions';

const at = (iso: string) => new Date(iso);
const flat = { priceFactor: 1, difficulty: 0, network: 0, price: 0 };

describe('Litecoin reward from its halving schedule (#24, 3)', () => {
  it('halves every 840,000 blocks: 50 → 25 → 12.5 → 6.25 at 2,520,000 → 3.125 at 3,360,000', () => {
    expect([0, 839_999, 840_000, 1_680_000, 2_519_999, 2_520_000, 3_360_000].map((h) => rewardAtHeight(LTC_SCHEDULE, h))).toEqual([50, 50, 25, 12.5, 12.5, 6.25, 3.125]);
  });

  it('counts the height from block 2,520,000 at 15:06 UTC on 2023-08-02 at one block every 150 s', () => {
    expect(heightAt(LTC_SCHEDULE, at('2023-08-02T15:06:00Z'))).toBe(2_520_000);
    expect(heightAt(LTC_SCHEDULE, at('2023-08-03T15:06:00Z'))).toBe(2_520_576);
    expect([ltcRewardAt(at('2023-08-01T00:00:00Z')), ltcRewardAt(at('2026-03-05T00:00:00Z')), ltcRewardAt(at('2027-09-01T00:00:00Z'))]).toEqual([12.5, 6.25, 3.125]);
    // 840,000 × 150 s = 1,458⅓ days after the anchor: 2027-07-30, litecoin.watch's "Aug 2027" give or take a day
    const next = ltcNextHalving(at('2026-03-05T00:00:00Z'));
    expect(next.height).toBe(3_360_000);
    expect(next.date.toISOString()).toBe('2027-07-30T23:06:00.000Z');
  });

  it('the shipped 6.25 LTC is the schedule\'s on its date, and a Scrypt projection halves it at the next halving', () => {
    const market = resolveMarket({}, null);
    expect(market.value('ltcBlockReward')).toBe(6.25);
    const plan = miningPlan('scrypt', 9.5e9, 3425, market, flat, null);
    if (!plan || plan.coin.kind !== 'network') throw new Error('no Litecoin plan');
    expect(plan.coin.halving?.date.toISOString()).toBe('2027-07-30T23:06:00.000Z');
    // no halving for Kaspa: its emission decays monthly instead
    const kas = miningPlan('kheavyhash', 1e12, 100, market, flat, null);
    expect(kas?.coin.kind === 'network' ? kas.coin.halving : undefined).toBeNull();
    // start 40 days before the halving: month 1 full, month 3 half, month 2 weighted by days
    const halvingMs = Date.parse('2027-07-30T23:06:00Z');
    const months = project({ start: new Date(halvingMs - 40 * MS_PER_DAY), months: 3, electricityPerKwh: 0, capexUsd: 0, mining: plan }).mine?.months ?? [];
    const [m1, m2, m3] = months.map((m) => m.revenue);
    expect((m3 ?? 0) / (m1 ?? 1)).toBeCloseTo(0.5, 10);
    const before = (40 - DAYS_PER_MONTH) / DAYS_PER_MONTH;
    expect((m2 ?? 0) / (m1 ?? 1)).toBeCloseTo(before + (1 - before) * 0.5, 10);
  });
});
