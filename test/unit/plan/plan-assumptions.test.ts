import { describe, expect, it } from 'vitest';
import { asicById } from '../../../shared/catalogue/asic-catalogue';
import { gpuById } from '../../../shared/catalogue/gpu-catalogue';
import { assumptionKeys, miningKeys } from '../../../shared/market/assumption-keys';
import { resolveMarket } from '../../../shared/market/assumptions';
import { planInventory } from '../../../shared/plan/plan-inventory';
import { build, planPrefs } from './helpers';


const prefs = planPrefs;
const TODAY = new Date('2026-12-07T00:00:00Z');
/** The figure an option is judged on: selling against keeping it mining, every other option its 12-month net. */
const judged = (o: { net12: number; sale?: { vsKeepMining12: number } } | undefined): number | undefined => o?.sale?.vsKeepMining12 ?? o?.net12;
const inventory = build(
  { op: 'addItem', kind: 'asic', catalogueId: 'antminer-s19-pro', count: 2 },
  { op: 'addItem', kind: 'asic', catalogueId: 'antminer-l7', count: 1 },
  { op: 'addItem', kind: 'gpu', catalogueId: 'nvidia-rtx-3090', count: 2 },
  { op: 'addItem', kind: 'gpu', catalogueId: 'nvidia-rtx-3070', count: 1 },
);

describe('the figures behind each plan option', () => {
  const base = resolveMarket({}, null);
  const has = (key: string) => base.get(key) !== null;

  it('names the market figures each use reads', () => {
    const s19 = asicById('antminer-s19-pro');
    const rtx3070 = gpuById('nvidia-rtx-3070');
    const rx580 = gpuById('amd-rx-580-8gb');
    if (!s19 || !rtx3070 || !rx580) throw new Error('catalogue changed');
    expect(assumptionKeys({ kind: 'asic', spec: s19, count: 1 }, 'mine', 'vast', has)).toEqual(miningKeys('sha256'));
    expect(assumptionKeys({ kind: 'asic', spec: s19, count: 1 }, 'sell', 'vast', has)).toEqual(['resale:antminer-s19-pro', 'asicResaleChangeMonthly']);
    // No rental median of its own: an NVIDIA card is priced from the RTX 3090's, an AMD card needs the user's.
    expect(assumptionKeys({ kind: 'gpu', spec: rtx3070, count: 1 }, 'rent', 'vast', has)).toEqual(['rental:nvidia-rtx-3090', 'utilisation', 'rentalRateChangeMonthly', 'platformFee:vast']);
    expect(assumptionKeys({ kind: 'gpu', spec: rx580, count: 1 }, 'own-ai', 'vast', has)).toEqual(['rental:amd-rx-580-8gb']);
    // GPU mining reads the figures of the coin its projection picked, none for the dated-anchor fallback (#24).
    expect(assumptionKeys({ kind: 'gpu', spec: rtx3070, count: 1 }, 'mine', 'vast', has, 'erg')).toEqual(['ergPriceUsd', 'ergNetworkHashrateHs', 'ergBlockReward', 'poolFee']);
    expect(assumptionKeys({ kind: 'gpu', spec: rtx3070, count: 1 }, 'mine', 'vast', has, null)).toEqual([]);
    expect(assumptionKeys({ kind: 'gpu', spec: rtx3070, count: 1 }, 'off', 'vast', has)).toEqual([]);
  });

  it('lists only figures that move the option: changing each one changes that option\'s 12-month figure', () => {
    const plan = planInventory(inventory, base, prefs, TODAY);
    let checked = 0;
    for (const device of plan.devices)
      for (const option of device.options.filter((o) => o.available)) {
        for (const key of option.assumptions) {
          const value = base.value(key);
          const moved = planInventory(inventory, resolveMarket({ [key]: value === 0 ? 0.05 : value * 0.5 }, null), prefs, TODAY);
          const again = moved.devices.find((d) => d.itemId === device.itemId)?.options.find((o) => o.id === option.id);
          expect(judged(again), `${device.name} · ${option.id} · ${key}`).not.toBeCloseTo(judged(option) ?? NaN, 6);
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(15);
  });

  it('leaves out the trend (the plan projects today\'s difficulty) and a resale value the user pinned on the item', () => {
    const plan = planInventory(inventory, base, prefs, TODAY);
    const keys = plan.devices.flatMap((d) => d.options.flatMap((o) => o.assumptions));
    expect(keys.some((k) => k.endsWith('TrendMonthly'))).toBe(false);
    const s19 = plan.devices.find((d) => d.name.includes('S19'));
    const pinned = planInventory(build({ op: 'addItem', kind: 'asic', catalogueId: 'antminer-s19-pro', count: 1 }), base, prefs, TODAY);
    expect(s19?.resalePinned).toBe(false);
    const item = inventory.items.find((i) => i.catalogueId === 'antminer-s19-pro');
    expect(item).toBeDefined();
    const withResale = { ...inventory, items: inventory.items.map((i) => (i.id === item?.id ? { ...i, resaleUsd: 200 } : i)) };
    const planned = planInventory(withResale, base, prefs, TODAY).devices.find((d) => d.itemId === item?.id);
    expect(planned?.resalePinned).toBe(true);
    expect(planned?.options.find((o) => o.id === 'sell')?.assumptions).toEqual(['asicResaleChangeMonthly']);
    expect(pinned.devices[0]?.options.find((o) => o.id === 'sell')?.assumptions).toContain('resale:antminer-s19-pro');
  });
});
