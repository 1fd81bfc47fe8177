import { describe, expect, it } from 'vitest';
import { btcPerDay, estimateHalvingDate, hashprice, nextHalvingHeight, revenuePerMwh, subsidyAtHeight, subsidyFactor } from '../../../shared/earnings/bitcoin';
import { breakEvenCoinPrice, coinsPerDayFromNetwork, powerCostPerDay, rentalPowerCostPerDay, rentalRevenuePerDay } from '../../../shared/earnings/formulas';

const within = (actual: number, published: number, tolerance = 0.01): void => expect(Math.abs(actual / published - 1)).toBeLessThanOrEqual(tolerance);

describe('Bitcoin against published figures of the same date (Hashrate Index roundup, 2026-01-12)', () => {
  // Inputs of that week: difficulty 146.47 T (CoinWarz, 2026-01-08), subsidy 3.125 BTC, fees 0.55 % of the block reward,
  // BTC $91,132 (market-snapshot-2026.json, bitcoin.history).
  const fees = (3.125 / (1 - 0.0055)) * 0.0055;
  const hp = hashprice(146.47e12, 3.125, fees, 91_132);

  it('hashprice in BTC: 0.00043143 BTC/PH/day', () => within(hp.btcPerPhDay, 0.00043143));
  it('hashprice in USD: $39.53/PH/day', () => within(hp.usdPerPhDay, 39.53));
  it('revenue per MWh for a 17 J/TH fleet: $97', () => within(revenuePerMwh(hp.usdPerPhDay, 17), 97));

  it('scales linearly with hashrate: a 110 TH/s S19 Pro earns 0.11 × the PH figure', () => {
    expect(btcPerDay({ hashrateHs: 110e12, difficulty: 146.47e12, subsidyBtc: 3.125, feesPerBlockBtc: fees })).toBeCloseTo(hp.btcPerPhDay * 0.11, 12);
  });
});

describe('halving schedule', () => {
  it('follows block height: 840,000 → 3.125, 1,050,000 → 1.5625', () => {
    expect(subsidyAtHeight(839_999)).toBe(6.25);
    expect(subsidyAtHeight(840_000)).toBe(3.125);
    expect(subsidyAtHeight(1_049_999)).toBe(3.125);
    expect(subsidyAtHeight(1_050_000)).toBe(1.5625);
    expect(nextHalvingHeight(955_584)).toBe(1_050_000);
  });

  it('estimates the next halving from block 955,584 on 2026-06-26 at 600 s: ~2028-04-12 (earnings.md §1)', () => {
    const estimate = estimateHalvingDate(955_584, new Date('2026-06-26T12:00:00Z'));
    // 94,416 blocks × 600 s = 655.67 days.
    expect(Math.abs(estimate.getTime() - Date.parse('2028-04-12T00:00:00Z'))).toBeLessThan(86_400_000);
  });

  it('halves the subsidy for the days on or after the halving', () => {
    const halving = new Date('2028-04-12T00:00:00Z');
    expect(subsidyFactor(new Date('2028-03-01T00:00:00Z'), new Date('2028-04-01T00:00:00Z'), halving)).toBe(1);
    expect(subsidyFactor(new Date('2028-05-01T00:00:00Z'), new Date('2028-06-01T00:00:00Z'), halving)).toBe(0.5);
    // 11 of 20 days before, 9 after: (11 + 9 × ½) / 20.
    expect(subsidyFactor(new Date('2028-04-01T00:00:00Z'), new Date('2028-04-21T00:00:00Z'), halving)).toBeCloseTo(15.5 / 20, 10);
    expect(subsidyFactor(new Date('2032-06-01T00:00:00Z'), new Date('2032-07-01T00:00:00Z'), halving)).toBe(0.25);
  });
});

describe('other coins, power, rental, break-even', () => {
  it('Kaspa: 1 TH/s on 350.54 PH/s at 2.59565436 KAS/block and 10 blocks/s ≈ 6.4 KAS/day (earnings.md §2, 2026-07-01)', () => {
    within(coinsPerDayFromNetwork(1e12, 350.54e15, 2.59565436, 0.1), 6.398, 0.001);
  });

  it('Litecoin: 9.5 GH/s on 2.95 PH/s at 6.25 LTC per 150 s block', () => {
    expect(coinsPerDayFromNetwork(9.5e9, 2.95e15, 6.25, 150)).toBeCloseTo((9.5e9 / 2.95e15) * 6.25 * 576, 12);
  });

  it('power: 3250 W at $0.12/kWh = $9.36/day; rental power mixes load and idle by utilisation', () => {
    expect(powerCostPerDay(3250, 0.12)).toBeCloseTo(9.36, 10);
    expect(rentalPowerCostPerDay(350, 30, 0.5, 0.1)).toBeCloseTo(((350 * 0.5 + 30 * 0.5) * 24) / 1000 * 0.1, 12);
    expect(powerCostPerDay(3250, 0)).toBe(0);
  });

  it('rental revenue: $0.168/h × 24 × 50 % × (1 − 25 %) × 6 GPUs = $9.07/day', () => {
    expect(rentalRevenuePerDay(0.168, 0.5, 0.25, 6)).toBeCloseTo(9.072, 10);
  });

  it('shutdown price: power cost ÷ (coins × (1 − pool fee)); infinite when nothing is mined', () => {
    expect(breakEvenCoinPrice(9.36, 0.0004, 0.02)).toBeCloseTo(9.36 / (0.0004 * 0.98), 8);
    expect(breakEvenCoinPrice(9.36, 0, 0.02)).toBe(Number.POSITIVE_INFINITY);
  });
});
