import { describe, expect, it } from 'vitest';
import { gpuById } from '../../../shared/catalogue/gpu-catalogue';
import { DAYS_PER_MONTH, MS_PER_DAY } from '../../../shared/earnings/constants';
import { gpuCoinFigures } from '../../../shared/earnings/gpu-coin';
import { gpuCoinMining } from '../../../shared/earnings/gpu-mining';
import { project } from '../../../shared/earnings/projection';
import { rvnHeightAt, rvnNextHalving, rvnRewardAt, rvnRewardAtHeight } from '../../../shared/earnings/ravencoin';
import { resolveMarket } from '../../../shared/market/assumptions';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('Ravencoin reward from its halving schedule (#24, 2)', () => {
  it('halves every 2,100,000 blocks: 5,000 → 2,500 at 2,100,000 → 1,250 at 4,200,000 → 625 at 6,300,000', () => {
    expect([0, 2_099_999, 2_100_000, 4_199_999, 4_200_000, 6_300_000].map(rvnRewardAtHeight)).toEqual([5000, 5000, 2500, 2500, 1250, 625]);
  });

  it('counts the height on a date from block 2,100,000 on 2022-01-04 at one block a minute', () => {
    expect(rvnHeightAt(day('2022-01-04'))).toBe(2_100_000);
    expect(rvnHeightAt(day('2022-01-05'))).toBe(2_101_440);
    expect([rvnRewardAt(day('2025-12-01')), rvnRewardAt(day('2026-02-16')), rvnRewardAt(day('2030-01-05'))]).toEqual([2500, 1250, 625]);
    const next = rvnNextHalving(day('2026-02-16'));
    expect(next.height).toBe(6_300_000);
    expect(next.date.toISOString()).toBe('2029-12-29T16:00:00.000Z');
  });

  it('the shipped reward is the schedule\'s on its date, and the projection halves it at the next halving', () => {
    const market = resolveMarket({}, null);
    expect(market.value('rvnBlockReward')).toBe(1250);
    expect(gpuCoinFigures('rvn', market)?.halving?.date.toISOString()).toBe('2029-12-29T16:00:00.000Z');
    expect(gpuCoinFigures('erg', market)?.halving).toBeNull();
    const spec = gpuById('amd-rx-580-8gb');
    if (!spec) throw new Error('catalogue lost the RX 580');
    const plan = gpuCoinMining(spec, 1, market, 0, { priceFactor: 1, price: 0, network: 0 }, { coin: 'rvn' })?.plan;
    if (!plan) throw new Error('no RVN plan');
    // start a month before the halving: month 1 at the full reward, month 3 at half; month 2 straddles it, weighted by days
    const halvingMs = Date.parse('2029-12-29T16:00:00Z');
    const start = new Date(halvingMs - 40 * MS_PER_DAY);
    const months = project({ start, months: 3, electricityPerKwh: 0, capexUsd: 0, mining: plan }).mine?.months ?? [];
    const [m1, m2, m3] = months.map((m) => m.revenue);
    expect((m3 ?? 0) / (m1 ?? 1)).toBeCloseTo(0.5, 10);
    const before = (40 - DAYS_PER_MONTH) / DAYS_PER_MONTH;
    expect((m2 ?? 0) / (m1 ?? 1)).toBeCloseTo(before + (1 - before) * 0.5, 10);
  });
});
