import { describe, expect, it } from 'vitest';
import { projectHardware, type Pinned } from '../../../shared/earnings/project-hardware';
import { gpuById } from '../../../shared/catalogue/gpu-catalogue';
import type { MiningPin } from '../../../shared/inventory/mining-pin';
import { resolveMarket } from '../../../shared/market/assumptions';
import { planInventory } from '../../../shared/plan/plan-inventory';
import { build, planPrefs } from './helpers';

const TODAY = new Date('2026-12-07T00:00:00Z');
const market = resolveMarket({}, null);
const spec = gpuById('amd-rx-580-8gb');

/** Two RX 580 8GB, the second reading from its miner (LAN) 13 MH/s on KawPow at 95 W; the pin on the first item. */
function inventory(pin: MiningPin | null, reading = false) {
  const inv = build({ op: 'addItem', kind: 'gpu', catalogueId: 'amd-rx-580-8gb', count: 2 });
  const [item] = inv.items;
  if (!item) throw new Error('no item');
  const history = reading ? [{ at: '2026-12-06T00:00:00Z', hashrateHs: 13e6 * 2, powerW: 95 * 2, temperatureC: 60, algorithm: 'KAWPOW' }] : [];
  return { ...inv, items: [{ ...item, history, ...(pin ? { miningPin: pin } : {}) }] };
}

const mineOf = (pin: MiningPin | null, reading = false) => {
  const d = planInventory(inventory(pin, reading), market, planPrefs, TODAY).devices[0];
  return { net12: d?.options.find((o) => o.id === 'mine')?.net12 ?? Number.NaN, powerW: d?.powerW, powerSource: d?.powerSource };
};

/** What the engine computes for the same two cards with the same pin, as the CLI's --coin/--hashrate/--power would. */
function engine(pinned: Pinned): number {
  if (!spec) throw new Error('no card');
  const p = projectHardware({ kind: 'gpu', spec, count: 2 }, market, { ...planPrefs, scenario: 'flat', months: 12 }, { start: TODAY, ...pinned });
  return p.projection.mine?.months[11]?.cumulative ?? Number.NaN;
}

describe('the Plan mines at the user\'s pin (#24.3)', () => {
  it('mines the pinned coin at the user\'s hashrate and wall power, as projectHardware does with that pin', () => {
    const pin = { coin: 'erg' as const, hashrateHs: 120e6, wallPowerW: 110 };
    const pinned = mineOf(pin);
    expect(pinned.net12).toBeCloseTo(engine({ powerW: 110, gpu: { coin: 'erg', algorithm: 'autolykos2', hashrateHs: 120e6, yours: true } }), 6);
    expect(pinned.net12).not.toBeCloseTo(mineOf(null).net12, 2);
    expect(pinned).toMatchObject({ powerW: 220, powerSource: 'yours' });
  });

  it('a pinned coin alone mines it at the table figure; a pinned power alone keeps the best coin', () => {
    expect(mineOf({ coin: 'erg' }).net12).toBeCloseTo(engine({ gpu: { coin: 'erg' } }), 6);
    expect(mineOf({ wallPowerW: 60 }).net12).toBeCloseTo(engine({ powerW: 60, gpu: { yours: true } }), 6);
    expect(mineOf({ wallPowerW: 60 }).net12).toBeGreaterThan(mineOf(null).net12);
  });

  it('the user\'s figures beat the miner\'s LAN report, which beats the table', () => {
    const lan = mineOf(null, true);
    expect(lan.net12).toBeCloseTo(engine({ powerW: 95, gpu: { algorithm: 'kawpow', hashrateHs: 13e6 } }), 6);
    expect(lan.powerSource).toBe('reading');
    const yours = mineOf({ coin: 'rvn', hashrateHs: 15e6, wallPowerW: 80 }, true);
    expect(yours.net12).toBeCloseTo(engine({ powerW: 80, gpu: { coin: 'rvn', algorithm: 'kawpow', hashrateHs: 15e6 } }), 6);
    expect(yours.net12).toBeGreaterThan(lan.net12);
    // A coin on another algorithm than the LAN report's: its table figure, not the KawPow hashrate.
    expect(mineOf({ coin: 'erg' }, true).net12).toBeCloseTo(engine({ powerW: 95, gpu: { coin: 'erg' } }), 6);
  });

  it('says when the figures are the user\'s', () => {
    if (!spec) throw new Error('no card');
    const codes = (pinned: Pinned) => projectHardware({ kind: 'gpu', spec, count: 1 }, market, planPrefs, pinned).notes.map((n) => n.code);
    expect(codes({ powerW: 80, gpu: { coin: 'rvn', algorithm: 'kawpow', hashrateHs: 15e6, yours: true } })).toContain('gpu-best-coin-yours');
    expect(codes({ gpu: { algorithm: 'kawpow', hashrateHs: 13e6 } })).toContain('gpu-best-coin');
    expect(codes({ gpu: { algorithm: 'kawpow', hashrateHs: 13e6 } })).not.toContain('gpu-best-coin-yours');
  });

  it('identical cards with different pins are planned apart', () => {
    const inv = build({ op: 'addItem', kind: 'gpu', catalogueId: 'amd-rx-580-8gb', count: 1 }, { op: 'addItem', kind: 'gpu', catalogueId: 'amd-rx-580-8gb', count: 1 });
    const id = inv.items[1]?.id ?? '';
    const pinned = { ...inv, items: inv.items.map((i) => (i.id === id ? { ...i, miningPin: { wallPowerW: 70 } } : i)) };
    expect(planInventory(inv, market, planPrefs, TODAY).devices).toHaveLength(1);
    expect(planInventory(pinned, market, planPrefs, TODAY).devices.map((d) => d.powerSource).sort()).toEqual(['nameplate', 'yours']);
  });
});
