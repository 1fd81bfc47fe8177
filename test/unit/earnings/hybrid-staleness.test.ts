import { describe, expect, it } from 'vitest';
import { hybridProfit } from '../../../shared/earnings/formulas';
import { resolveMarket } from '../../../shared/market/assumptions';
import { ageInMonths, staleFigures } from '../../../shared/market/staleness';

describe('hybrid rent + mine/idle (#20.3)', () => {
  // By hand: rent revenue $30 a day at u = 0.5; a full day at load costs $4, idle $0.40.
  it('mines the unbooked half when mining pays more than idling costs: 30 − 4 × 0.5 + 0.5 × 1 = 28.5', () => {
    expect(hybridProfit(30, 4, 0.5, 1, 0.4)).toBeCloseTo(28.5, 12);
  });
  it('idles the unbooked half when mining loses more than idle power: 30 − 2 + 0.5 × (−0.4) = 27.8', () => {
    expect(hybridProfit(30, 4, 0.5, -3, 0.4)).toBeCloseTo(27.8, 12);
  });
  it('is pure mining at u = 0 and pure renting at u = 1', () => {
    expect(hybridProfit(0, 4, 0, 2.5, 0.4)).toBeCloseTo(2.5, 12);
    expect(hybridProfit(60, 4, 1, 2.5, 0.4)).toBeCloseTo(56, 12);
  });
});

describe('stale market figures (#20.5)', () => {
  const today = new Date('2026-12-07T00:00:00Z');
  it('counts a bare month from its first day: 2026-06 is 6.2 months before 2026-12-07', () => {
    expect(ageInMonths('2026-06', today)).toBeCloseTo(189 / 30.4375, 6);
  });
  it('flags resale values, rental medians and coin prices past six months, not protocol constants', () => {
    const market = resolveMarket({}, null);
    const keys = ['resale:antminer-s19-pro', 'btcPriceUsd', 'ltcPriceUsd', 'btcSubsidy', 'ltcBlockReward'];
    expect(staleFigures(keys, market, today).map((f) => f.key)).toEqual(['resale:antminer-s19-pro', 'ltcPriceUsd']);
  });
});
