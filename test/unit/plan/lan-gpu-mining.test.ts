import { describe, expect, it } from 'vitest';
import { resolveMarket } from '../../../shared/market/assumptions';
import { measuredGpuHashrate } from '../../../shared/plan/inventory-hardware';
import { planInventory } from '../../../shared/plan/plan-inventory';
import { build, planPrefs } from './helpers';

const TODAY = new Date('2026-12-07T00:00:00Z');
const D = 30.4375;
const market = resolveMarket({}, null);

/** An RX 580 8GB whose miner (LAN scan) reported a hashrate, an algorithm and a wall power. */
function reported(algorithm: string | null, hashrateHs: number, powerW: number) {
  const inv = build({ op: 'addItem', kind: 'gpu', catalogueId: 'amd-rx-580-8gb', count: 1 });
  const [item] = inv.items;
  if (!item) throw new Error('no item');
  const history = [{ at: '2026-12-06T00:00:00Z', hashrateHs, powerW, temperatureC: 60, algorithm }];
  return { ...inv, items: [{ ...item, history }] };
}

describe('a LAN-scanned GPU rig mines at what its miner reports (#24.3)', () => {
  it('reads the miner\'s algorithm and hashrate per card from the last reading', () => {
    expect(measuredGpuHashrate(reported('KAWPOW', 13e6, 95).items)).toEqual({ algorithm: 'kawpow', hashrateHs: 13e6 });
    expect(measuredGpuHashrate(reported('randomx', 13e6, 95).items)).toBeUndefined();
    expect(measuredGpuHashrate(reported(null, 13e6, 95).items)).toBeUndefined();
  });

  it('plans mining on that coin at the reported hashrate and wall power, not the table\'s', () => {
    const plan = planInventory(reported('KAWPOW', 13e6, 95), market, planPrefs, TODAY);
    const mine = plan.devices[0]?.options.find((o) => o.id === 'mine');
    // by hand: 13e6 / 4.398865e12 × 1440 × 1250 RVN × $0.0057 × 0.96, less 95 W × 24 h × $0.12
    const revenueDay = (13e6 / 4.398864564997e12) * 1440 * 1250 * 0.0057 * 0.96;
    const powerDay = (95 * 24 * 0.12) / 1000;
    expect(mine?.net12).toBeCloseTo((revenueDay - powerDay) * D * 12, 6);
    expect(mine?.assumptions).toEqual(['rvnPriceUsd', 'rvnNetworkHashrateHs', 'rvnBlockReward', 'poolFee']);
  });
});
