import { describe, expect, it } from 'vitest';
import { resolveMarket } from '../../../shared/market/assumptions';
import type { Inventory } from '../../../shared/inventory/schema';
import { planDevice } from '../../../shared/plan/device-plan';
import { hardwareOf } from '../../../shared/plan/inventory-hardware';
import { planInventory } from '../../../shared/plan/plan-inventory';
import { applyAll, build, planPrefs } from './helpers';

/** The plan's "today", injected: month 1 starts here and figure ages are counted to it. */
const TODAY = new Date('2026-12-07T00:00:00Z');
const market = resolveMarket({}, null);
const D = 30.4375;
const option = (d: { options: Array<{ id: string }> } | undefined, id: string) => d?.options.find((o) => o.id === id) as ReturnType<typeof planInventory>['devices'][number]['options'][number] | undefined;

/**
 * Worked example, one Antminer S19 Pro (110 TH/s, 3250 W) at $0.12/kWh, resale entered by the user as $640:
 *   electricity  = 3.25 kW × 24 h × 30.4375 d × $0.12 = $284.895 a month, $3,418.74 over 12 months
 *   BTC a day    = 110e12 × 86400 / (133.87e12 × 2^32) × (3.125 + 0.016) BTC; revenue = that × $60,000 × (1 − 4 % pool) × 30.4375
 *   sell         = $640 cash once (net12 = 640, no per-month figure); in a year it would fetch 640 × 0.97^12 = $444.06
 *   sell vs mine = 640 + 3,418.74 (electricity no longer paid) − mining revenue given up − 444.06 (hardware no longer owned)
 */
describe('plan: one kind of figure per option (#20.1)', () => {
  const inv = build({ op: 'addItem', kind: 'asic', catalogueId: 'antminer-s19-pro', count: 1 });
  const pinned = applyAll(inv, { op: 'updateItem', id: inv.items[0]?.id ?? '', resaleUsd: 640 });
  const plan = planInventory(pinned, market, planPrefs, TODAY);
  const [s19] = plan.devices;
  const electricityMonth = 3.25 * 24 * D * 0.12;
  const btcDay = ((110e12 * 86400) / (133.87e12 * 2 ** 32)) * (3.125 + 0.016);
  const revenueMonth = btcDay * 60_000 * 0.96 * D;

  it('keeps mining: 12-month net and its monthly average are cash, from the same start', () => {
    expect(electricityMonth).toBeCloseTo(284.895, 3);
    const mine = option(s19, 'mine');
    expect(mine?.kind).toBe('cash');
    expect(mine?.net12).toBeCloseTo(12 * (revenueMonth - electricityMonth), 2);
    expect(mine?.perMonth).toBeCloseTo(revenueMonth - electricityMonth, 2);
    expect(s19?.monthly.base.mining[0]).toBeCloseTo(revenueMonth - electricityMonth, 2);
  });

  it('sells for the sale price, shown as such, set against the electricity saved and the mining given up', () => {
    const sell = option(s19, 'sell');
    const inYear = 640 * 0.97 ** 12;
    expect(inYear).toBeCloseTo(444.06, 2);
    expect(sell).toMatchObject({ kind: 'cash', net12: 640, perMonth: null, rankUsd: 640, available: true, stale: [] });
    expect(sell?.sale?.priceNow).toBe(640);
    expect(sell?.sale?.inYear).toBeCloseTo(inYear, 6);
    expect(sell?.sale?.electricitySaved12).toBeCloseTo(12 * electricityMonth, 2);
    expect(sell?.sale?.miningRevenue12).toBeCloseTo(12 * revenueMonth, 2);
    expect(sell?.sale?.vsKeepMining12).toBeCloseTo(640 + 12 * electricityMonth - 12 * revenueMonth - inYear, 2);
    // Every option that keeps the machine ranks with the hardware it still owns after 12 months.
    expect(s19?.hardwareKeptUsd).toBeCloseTo(inYear, 6);
    expect(option(s19, 'off')?.rankUsd).toBeCloseTo(inYear, 6);
    expect(s19?.best).toBe('sell');
    expect(s19?.reason).toMatchObject({ code: 'sell-beats-running', saleNow: 640, best: 640, basis: 'cash' });
  });

  it('plots the fleet month by month (not cumulative), one-off sales apart', () => {
    expect(plan.portfolio.base.mining).toHaveLength(12);
    expect(plan.portfolio.base.mining[11]).toBeCloseTo(plan.portfolio.base.mining[0] ?? NaN, 6);
    expect(plan.portfolio.base.plan.every((v) => v === 0)).toBe(true);
    expect(plan.saleUsd).toBe(640);
    expect(plan.today).toBe('2026-12-07');
  });

  it('hosts floor(3250 W × 0.85 / 350 W) = 7 RTX 3090s on one retired S19 Pro, not 9 (#20.6)', () => {
    expect(plan.sites[0]?.hosts.find((h) => h.gpuId === 'nvidia-rtx-3090')?.count).toBe(7);
  });
});

describe('plan: stale figures at the point of decision (#20.5)', () => {
  const inv = build({ op: 'addItem', kind: 'asic', catalogueId: 'antminer-s19-pro', count: 1 });
  const [s19] = planInventory(inv, market, planPrefs, TODAY).devices;

  it('flags the June 2023 S19 Pro resale price with its date and does not rank selling on it', () => {
    const sell = option(s19, 'sell');
    expect(sell).toMatchObject({ available: false, net12: 1378, note: { code: 'stale-resale' } });
    expect(sell?.stale).toEqual([{ key: 'resale:antminer-s19-pro', date: '2023-06', ageMonths: 42 }]);
    expect(s19?.best).toBe('off');
    expect(s19?.hardwareKeptUsd).toBeNull();
  });

  it('counts age from the injected today: the same figure is fresh on its own date', () => {
    const [then] = planInventory(inv, market, planPrefs, new Date('2023-09-01T00:00:00Z')).devices;
    expect(option(then, 'sell')).toMatchObject({ available: true, stale: [] });
  });

  it('leaves your own override unflagged', () => {
    const [own] = planInventory(inv, resolveMarket({ 'resale:antminer-s19-pro': 500 }, null), planPrefs, TODAY).devices;
    expect(option(own, 'sell')).toMatchObject({ available: true, stale: [], net12: 500 });
  });
});

describe('plan: GPU rigs (#20.2, #20.3, rent availability)', () => {
  const inv = build({ op: 'addItem', kind: 'gpu', catalogueId: 'nvidia-rtx-3070', count: 6 });
  const item = inv.items[0];
  const hardware = item ? hardwareOf(item) : null;
  if (!item || !hardware) throw new Error('catalogue');
  const base = { item, hardware, market, siteElectricity: false, today: TODAY };
  // RTX 3070 has no rental median: the RTX 3090's ($0.1681/GPU-h) scaled by FP32 TFLOPS, 20.31 / 35.58.
  const price = (0.1681 * 20.31) / 35.58;
  const loadMonth = ((220 * 6 * 24) / 1000) * 0.12 * D;

  it('blends renting at 50 % utilisation with mining or idling the rest, electricity for both states', () => {
    const d = planDevice({ ...base, preferences: planPrefs });
    const hybrid = option(d, 'hybrid');
    const rentRevenue = price * 24 * 0.5 * 0.75 * 6 * D;
    const mineProfit = 1.05 * (20.31 / 82.6) * 6 * D - loadMonth;
    const idleMonth = loadMonth * 0.1;
    expect(hybrid?.hybrid?.rentRevenue).toBeCloseTo(rentRevenue, 6);
    expect(hybrid?.hybrid?.rentElectricity).toBeCloseTo(loadMonth * 0.5, 6);
    expect(hybrid?.hybrid?.rest).toBe(mineProfit > -idleMonth ? 'mine' : 'idle');
    expect(hybrid?.hybrid?.restElectricity).toBeCloseTo((mineProfit > -idleMonth ? loadMonth : idleMonth) * 0.5, 6);
    expect(hybrid?.hybrid?.profit).toBeCloseTo(rentRevenue - loadMonth * 0.5 + 0.5 * Math.max(mineProfit, -idleMonth), 6);
    expect(hybrid?.kind).toBe('cash');
  });

  it('values own AI use as worth to you, never ranked above a cash option unless switched on', () => {
    const prefs = { ...planPrefs, ownUseHoursPerDay: 24 };
    const d = planDevice({ ...base, preferences: prefs });
    const own = option(d, 'own-ai');
    expect(own?.kind).toBe('value');
    expect(own?.ownUse?.worth12).toBeCloseTo(24 * price * 6 * D * 12, 6);
    expect(own?.ownUse?.electricity12).toBeCloseTo(loadMonth * 12, 6);
    const cash = d.options.filter((o) => o.available && o.kind === 'cash');
    expect(cash.every((o) => o.rankUsd < (own?.rankUsd ?? 0))).toBe(true);
    expect(d.options.findIndex((o) => o.id === 'own-ai')).toBeGreaterThan(d.options.findIndex((o) => o.id === 'off'));
    expect(d.reason.basis).toBe('cash');
    const on = planDevice({ ...base, preferences: { ...prefs, rankOwnUseAsCash: true } });
    expect(on).toMatchObject({ best: 'own-ai', ranking: 'cash-and-value', reason: { code: 'own-ai-beats-mining', basis: 'cash-and-value' } });
    // Its worth is not cash: the fleet's monthly cash line carries only the electricity it costs (24 h at load).
    expect(on.monthly.base.plan[0]).toBeCloseTo(-loadMonth, 6);
  });

  it('keeps the rent figure of a rig that would not list as "if it could list", ranked unavailable', () => {
    const listed = planDevice({ ...base, preferences: planPrefs });
    const d = planDevice({ ...base, preferences: planPrefs, eligibility: { verdict: 'no', reasons: [] } });
    const rent = option(d, 'rent');
    expect(rent).toMatchObject({ available: false, note: { code: 'would-not-list' } });
    expect(rent?.net12).toBeCloseTo(option(listed, 'rent')?.net12 ?? NaN, 9);
    expect(option(d, 'hybrid')?.available).toBe(false);
    expect(d.options.findIndex((o) => o.id === 'rent')).toBeGreaterThan(d.options.findIndex((o) => o.id === 'off'));
    expect(d.best).not.toBe('rent');
  });
});

describe('plan: a device\'s own power reading wins over its nameplate (#20.6)', () => {
  it('plans an S19 Pro that reports 3100 W at 3100 W', () => {
    const inv = build({ op: 'addItem', kind: 'asic', catalogueId: 'antminer-s19-pro', count: 1 });
    const [item] = inv.items;
    if (!item) throw new Error('no item');
    const read: Inventory = { ...inv, items: [{ ...item, history: [{ at: '2026-12-01T00:00:00Z', hashrateHs: 100e12, powerW: 3100, temperatureC: 60 }] }] };
    const [d] = planInventory(read, market, planPrefs, TODAY).devices;
    expect(d).toMatchObject({ powerW: 3100, powerSource: 'reading' });
    expect(option(d, 'sell')?.sale?.electricitySaved12).toBeCloseTo(3.1 * 24 * D * 0.12 * 12, 6); // $3,260.95
    const [nameplate] = planInventory(inv, market, planPrefs, TODAY).devices;
    expect(nameplate).toMatchObject({ powerW: 3250, powerSource: 'nameplate' });
    const saved = (nameplate?.monthly.base.mining[0] ?? 0) - (d?.monthly.base.mining[0] ?? 0);
    expect(saved).toBeCloseTo(-(0.15 * 24 * D * 0.12), 6);
  });
});
