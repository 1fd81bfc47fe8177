import { describe, expect, it } from 'vitest';
import { DAYS_PER_MONTH } from '../../../shared/earnings/constants';
import { resolveMarket } from '../../../shared/market/assumptions';
import type { Inventory } from '../../../shared/inventory/schema';
import { planInventory } from '../../../shared/plan/plan-inventory';
import { applyAll, build, planPrefs } from './helpers';


const market = resolveMarket({}, null);
const TODAY = new Date('2026-12-07T00:00:00Z');
const prefs = planPrefs;

describe('repurposing plan', () => {
  const inv = build({ op: 'addItem', kind: 'asic', catalogueId: 'antminer-s19-pro', count: 2 }, { op: 'addItem', kind: 'gpu', catalogueId: 'nvidia-rtx-3090', count: 6 }, { op: 'addItem', kind: 'gpu', catalogueId: 'nvidia-rtx-3070', count: 1 });
  const plan = planInventory(inv, market, prefs, TODAY);
  const [asics, rig] = plan.devices;

  it('takes loss-making ASICs off mining and says why, with every option ranked by 12-month net', () => {
    const mine = asics?.options.find((o) => o.id === 'mine');
    expect(mine?.net12).toBeLessThan(0);
    // Its market resale price dates from 2023: selling is shown but not ranked on it.
    expect(asics?.best).toBe('off');
    expect(asics?.reason).toMatchObject({ code: 'switch-off-losing', mining: mine?.net12 });
    const nets = asics?.options.filter((o) => o.available).map((o) => o.rankUsd) ?? [];
    expect(nets).toEqual([...nets].sort((a, b) => b - a));
    expect(asics?.options.map((o) => o.id)).not.toContain('rent');
  });

  it('counts selling as the sale price now, with what it would still fetch in a year beside it', () => {
    const sell = asics?.options.find((o) => o.id === 'sell');
    const now = 2 * market.value('resale:antminer-s19-pro');
    const inYear = now * (1 + market.value('asicResaleChangeMonthly')) ** 12;
    expect(sell?.sale).toMatchObject({ priceNow: now, inYear });
    expect(sell?.net12).toBe(now);
    expect(asics?.reason.saleNow).toBe(now);
  });

  it('plans identical devices of one rig as one line', () => {
    const rigInv = build({ op: 'addRig', siteId: 'site-home', name: 'R' });
    const rigId = rigInv.rigs[0]?.id ?? null;
    const six = Array.from({ length: 6 }, () => ({ op: 'addItem' as const, kind: 'gpu' as const, catalogueId: 'nvidia-rtx-3070', count: 1, rigId }));
    const grouped = applyAll(rigInv, ...six);
    const p = planInventory(grouped, market, prefs, TODAY);
    expect(p.devices).toHaveLength(1);
    expect(p.devices[0]).toMatchObject({ count: 6, name: 'GeForce RTX 3070' });
    expect(p.devices[0]?.itemIds).toHaveLength(6);
  });

  it('frees the retired ASICs\' power at the site and counts the GPUs it could host (15 % kept back)', () => {
    const site = plan.sites[0];
    expect(site).toMatchObject({ retiredAsics: 2, freedW: 6500 });
    expect(site?.hosts.find((h) => h.gpuId === 'nvidia-rtx-3090')?.count).toBe(Math.floor((6500 * 0.85) / 350));
  });

  it('values running your own AI work at marketplace prices for those hours, less their power', () => {
    const own = rig?.options.find((o) => o.id === 'own-ai');
    const rent = rig?.options.find((o) => o.id === 'rent');
    expect(rent?.available).toBe(true);
    const price = market.value('rental:nvidia-rtx-3090');
    const daily = 2 * price * 6 - ((2 * 350 * 6) / 1000) * 0.12;
    expect(own?.net12).toBeCloseTo(daily * DAYS_PER_MONTH * 12, 6);
  });

  it('shows the AI share cushioning a coin-price drop: the plan loses less from base to bear than keeping everything mining', () => {
    const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const drop = (key: 'plan' | 'mining') => total(plan.portfolio.base[key]) - total(plan.portfolio.bear[key]);
    expect(drop('mining')).toBeGreaterThan(0);
    expect(drop('plan')).toBeLessThan(drop('mining'));
    expect(plan.portfolio.bear.plan).toHaveLength(12);
    const sold = plan.devices.filter((d) => d.best === 'sell').reduce((usd, d) => usd + (d.options.find((o) => o.id === 'sell')?.sale?.priceNow ?? 0), 0);
    expect(plan.saleUsd).toBe(sold);
  });

  it('uses a site\'s own electricity price and the user\'s resale estimate: with free power and a $200 resale the ASIC keeps mining', () => {
    const free = build({ op: 'addItem', kind: 'asic', catalogueId: 'antminer-s19-pro', count: 1 }, { op: 'updateSite', id: 'site-home', electricityPerKwh: 0, currency: 'USD' });
    const id = free.items[0]?.id ?? '';
    const p = planInventory(applyAll(free, { op: 'updateItem', id, resaleUsd: 200 }), market, prefs, TODAY);
    expect(p.devices[0]).toMatchObject({ best: 'mine', siteElectricity: true, electricityUsdPerKwh: 0 });
    expect(p.sites[0]?.freedW).toBe(0);
  });

  it('skips devices it cannot recognise instead of guessing', () => {
    const [first] = inv.items;
    if (!first) throw new Error('no items');
    const withUnknown: Inventory = { ...inv, items: [...inv.items, { ...first, id: 'inv-unknown', key: 'x', catalogueId: null, name: 'Mystery box' }] };
    expect(planInventory(withUnknown, market, prefs, TODAY).skipped).toEqual([{ itemId: 'inv-unknown', name: 'Mystery box' }]);
  });
});
