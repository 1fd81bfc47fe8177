import { describe, expect, it } from 'vitest';
import { btcPerDay } from '../../../shared/earnings/bitcoin';
import { DAYS_PER_MONTH } from '../../../shared/earnings/constants';
import { project, type MiningPlan } from '../../../shared/earnings/projection';

const start = new Date('2026-07-01T00:00:00Z');
const s19pro = (overrides: Partial<MiningPlan> = {}, coin: Partial<Extract<MiningPlan['coin'], { kind: 'sha256' }>> = {}): MiningPlan => ({
  coin: { kind: 'sha256', hashrateHs: 110e12, difficulty: 133.87e12, subsidyBtc: 3.125, feesPerBlockBtc: 0.016, halvingDate: null, difficultyGrowth: 0, ...coin },
  priceUsd: 60_000,
  priceGrowth: 0,
  poolFee: 0.02,
  powerW: 3250,
  ...overrides,
});

describe('projection', () => {
  it('flat month = 30.4375 days of the daily figures; cumulative adds up; daily is the first day', () => {
    const p = project({ start, months: 3, electricityPerKwh: 0.12, capexUsd: 0, mining: s19pro() });
    const revenueDay = btcPerDay({ hashrateHs: 110e12, difficulty: 133.87e12, subsidyBtc: 3.125, feesPerBlockBtc: 0.016 }) * 0.98 * 60_000;
    expect(p.mine?.daily.revenue).toBeCloseTo(revenueDay, 10);
    expect(p.mine?.daily.powerCost).toBeCloseTo(9.36, 10);
    expect(p.mine?.months[0]?.revenue).toBeCloseTo(revenueDay * DAYS_PER_MONTH, 8);
    expect(p.mine?.months.map((m) => m.month)).toEqual([1, 2, 3]);
    expect(p.mine?.months[2]?.cumulative).toBeCloseTo((p.mine?.months[0]?.profit ?? 0) * 3, 8);
  });

  it('is loss-making at $0.12/kWh at these June-2026 figures: losses stay negative (never clamped) and never break even', () => {
    const p = project({ start, months: 12, electricityPerKwh: 0.12, capexUsd: 0, mining: s19pro() });
    expect(p.mine?.daily.profit).toBeLessThan(0);
    expect(p.mine?.months.at(-1)?.cumulative).toBeLessThan(p.mine?.months[0]?.cumulative ?? 0);
    expect(p.mine?.breakEvenMonth).toBeNull();
    // Shutdown price: the coin price at which a day pays exactly its power.
    const atBreakEven = project({ start, months: 1, electricityPerKwh: 0.12, capexUsd: 0, mining: s19pro({ priceUsd: p.breakEvenCoinPrice ?? 0 }) });
    expect(atBreakEven.mine?.daily.profit).toBeCloseTo(0, 8);
  });

  it('with free power every option is pure revenue, and capex sets the break-even month', () => {
    const p = project({ start, months: 24, electricityPerKwh: 0, capexUsd: 1500, mining: s19pro() });
    const perMonth = p.mine?.months[0]?.profit ?? 0;
    expect(p.mine?.months[0]?.powerCost).toBe(0);
    expect(p.mine?.breakEvenMonth).toBe(Math.ceil(1500 / perMonth));
  });

  it('halves revenue for the days after a halving inside the horizon', () => {
    const halving = new Date(start.getTime() + 1.5 * DAYS_PER_MONTH * 86_400_000);
    const p = project({ start, months: 3, electricityPerKwh: 0, capexUsd: 0, mining: s19pro({}, { feesPerBlockBtc: 0, halvingDate: halving }) });
    const [m1, m2, m3] = p.mine?.months ?? [];
    expect(m2?.revenue).toBeCloseTo((m1?.revenue ?? 0) * 0.75, 6);
    expect(m3?.revenue).toBeCloseTo((m1?.revenue ?? 0) * 0.5, 6);
  });

  it('compounds monthly growth: difficulty +2.5 %/month and price −3 %/month', () => {
    const p = project({ start, months: 13, electricityPerKwh: 0, capexUsd: 0, mining: s19pro({ priceGrowth: -0.03 }, { difficultyGrowth: 0.025, feesPerBlockBtc: 0 }) });
    const ratio = (p.mine?.months[12]?.revenue ?? 0) / (p.mine?.months[0]?.revenue ?? 1);
    expect(ratio).toBeCloseTo(0.97 ** 12 / 1.025 ** 12, 10);
  });

  it('network coins follow network growth and the monthly reward change (Kaspa emission)', () => {
    const mining: MiningPlan = {
      coin: { kind: 'network', hashrateHs: 9.4e12, networkHashrateHs: 350.54e15, blockReward: 2.59565436, blockTimeS: 0.1, networkGrowth: 0.01, rewardChange: 2 ** (-1 / 12) - 1 },
      priceUsd: 0.0303,
      priceGrowth: 0,
      poolFee: 0.01,
      powerW: 3500,
    };
    const p = project({ start, months: 13, electricityPerKwh: 0, capexUsd: 0, mining });
    expect((p.mine?.months[12]?.revenue ?? 0) / (p.mine?.months[0]?.revenue ?? 1)).toBeCloseTo(0.5 / 1.01 ** 12, 10);
  });

  it('rent, sell and switch off share the chart: rental decays, selling is the resale at once, off is flat zero', () => {
    const p = project({
      start,
      months: 12,
      electricityPerKwh: 0.1,
      capexUsd: 0,
      rental: { pricePerGpuHour: 0.168, rateChange: -0.0184, utilisation: 0.5, platformFee: 0.25, gpus: 6, loadW: 350, idleW: 30 },
      resaleUsd: 4200,
    });
    expect(p.rent?.daily.revenue).toBeCloseTo(9.072, 8);
    expect(p.rent?.months[11]?.revenue).toBeCloseTo((p.rent?.months[0]?.revenue ?? 0) * 0.9816 ** 11, 6);
    expect(p.sell?.months.every((m) => m.cumulative === 4200)).toBe(true);
    expect(p.off.months.every((m) => m.cumulative === 0)).toBe(true);
    expect(p.off.breakEvenMonth).toBeNull();
    expect(p.mine).toBeNull();
  });
});
