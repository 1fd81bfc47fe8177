import { describe, expect, it } from 'vitest';
import { asicById } from '../../../shared/catalogue/asic-catalogue';
import { gpuById } from '../../../shared/catalogue/gpu-catalogue';
import { GPU_MINING_ANCHOR } from '../../../shared/earnings/hardware-plan';
import { resolveMarket } from '../../../shared/market/assumptions';
import type { Figure } from '../../../shared/market/figure';
import { defaultPreferences } from '../../../shared/market/preferences';
import { FleetFileSchema } from '../../../shared/plan/fleet-file';
import { fleetInventory } from '../../../shared/plan/fleet-inventory';
import { planInventory } from '../../../shared/plan/plan-inventory';

/**
 * docs/plan.md's two worked fleets, reproduced to the cent. The market figures are pinned here with the values and
 * dates stored in shared/market/data on 2026-12-07 (as fetched figures, so they age like the stored ones), and so is
 * `today`: a later update of the stored figures does not move these numbers.
 */
const TODAY = new Date('2026-12-07T00:00:00Z');
const fig = (value: number, date: string): Figure => ({ value, unit: 'pinned', date, source: 'docs/plan.md worked fleets' });
const pinned: Record<string, Figure> = {
  btcPriceUsd: fig(60_000, '2026-06-28'),
  btcDifficulty: fig(133.87e12, '2026-06-26'),
  btcSubsidy: fig(3.125, '2024-04-20'),
  btcFeesPerBlock: fig(0.016, '2025-12-13'),
  poolFee: fig(0.04, '2026-09'),
  'resale:antminer-s19-pro': fig(1378, '2023-06'),
  asicResaleChangeMonthly: fig(-0.03, '2026-09'),
  'rental:nvidia-rtx-3090': fig(0.1681, '2026-09-21'),
  'resale:nvidia-rtx-3070': fig(210, '2026-07'),
  gpuResaleChangeMonthly: fig(-0.01, '2026-09'),
  utilisation: fig(0.5, '2026-06'),
  rentalRateChangeMonthly: fig(-0.018423, '2026-09'),
  'platformFee:vast': fig(0.25, '2026-09'),
  'platformFee:clore': fig(0.05, '2026-09'),
  'platformFee:io-net': fig(0.0025, '2026-09'),
};
const market = resolveMarket({}, '2028-04-12', pinned);
const prefs = { ...defaultPreferences(), electricityPerKwh: 0.12, ownUseHoursPerDay: 2, platform: 'vast', scenario: 'flat' as const };
const cents = (x: number | undefined | null): number => Math.round((x ?? Number.NaN) * 100) / 100;
const D = 30.4375;

function planFleet(fleet: unknown) {
  const f = fleetInventory(FleetFileSchema.parse(fleet), TODAY.toISOString());
  return planInventory(f.inventory, market, prefs, TODAY, f.rentalAudit);
}

describe('docs/plan.md worked fleets (#20.9)', () => {
  it('uses the catalogue and anchor figures the hand computation uses', () => {
    expect(asicById('antminer-s19-pro')).toMatchObject({ hashrateHs: 110e12, powerW: 3250 });
    expect(gpuById('nvidia-rtx-3070')).toMatchObject({ tdpW: 220, fp32Tflops: 20.31 });
    expect(GPU_MINING_ANCHOR).toMatchObject({ usdPerDay: 1.05, fp32Tflops: 82.6, date: '2026-05-30' });
  });

  it('fleet 1: three Antminer S19 Pro at $0.12/kWh', () => {
    const plan = planFleet({ sites: [{ name: 'Barn', electricityUsdPerKwh: 0.12, devices: [{ name: 'Antminer S19 Pro', count: 3 }] }] });
    const [s19] = plan.devices;
    const o = (id: string) => s19?.options.find((x) => x.id === id);
    // by hand (docs/plan.md), step by step
    const btcPerDay = (3 * 110e12 * 86_400 * (3.125 + 0.016)) / (133.87e12 * 2 ** 32);
    const revenueDay = btcPerDay * (1 - 0.04) * 60_000;
    const powerDay = ((3 * 3250 * 24) / 1000) * 0.12;
    const mine12 = (revenueDay - powerDay) * D * 12;
    expect(cents(powerDay)).toBe(28.08);
    expect(cents(revenueDay)).toBe(8.97);
    expect(cents(o('mine')?.net12)).toBe(cents(mine12));
    expect(cents(o('mine')?.net12)).toBe(-6979.3);
    expect(cents(o('mine')?.perMonth)).toBe(-581.61);
    const sale = 3 * 1378;
    expect(o('sell')).toMatchObject({ net12: sale, available: false, note: { code: 'stale-resale' } });
    expect(o('sell')?.stale).toEqual([{ key: 'resale:antminer-s19-pro', date: '2023-06', ageMonths: 42 }]);
    expect(cents(o('sell')?.sale?.inYear)).toBe(cents(sale * 0.97 ** 12));
    expect(cents(o('sell')?.sale?.electricitySaved12)).toBe(cents(powerDay * D * 12));
    expect(cents(o('sell')?.sale?.vsKeepMining12)).toBe(cents(sale - mine12 - sale * 0.97 ** 12));
    expect(s19).toMatchObject({ best: 'off', reason: { code: 'switch-off-losing' } });
    expect(plan.sites[0]).toMatchObject({ retiredAsics: 3, freedW: 9750 });
    expect(plan.sites[0]?.hosts.map((h) => [h.gpuId, h.count])).toEqual([['nvidia-rtx-3090', 23], ['nvidia-rtx-4090', 18], ['nvidia-rtx-5090', 14], ['nvidia-rtx-3060-12gb', 48]]);
  });

  it('fleet 2: a rig of six RTX 3070 on x1 risers at $0.12/kWh', () => {
    const rig = { name: '6x RTX 3070', gpus: [{ name: 'RTX 3070', count: 6 }], pcieWidth: 1, ramGiB: 16, cpuCores: 4, avx: true, freeSsdGB: 500, os: 'ubuntu', downlinkMbps: 300, uplinkMbps: 30, uptimePercent: 97, tickedFixes: [] };
    const plan = planFleet({ sites: [{ name: 'Home', electricityUsdPerKwh: 0.12, rigs: [rig] }] });
    const [rtx] = plan.devices;
    const o = (id: string) => rtx?.options.find((x) => x.id === id);
    // audit: Vast.ai and io.net need fixes (not ticked), Salad and Clore.ai pass: rent on Clore.ai, the lower known fee
    expect(plan.audits[0]?.rent.counted).toEqual(['salad', 'clore']);
    expect(plan.audits[0]?.audit.fixes.map((f) => f.key)).toEqual(['replace-cpu', 'add-ram', 'add-ssd', 'pcie-slots', 'faster-up']);
    expect(rtx?.rentOn).toEqual({ platform: 'clore', feeKey: 'clore', fee: 0.05, why: 'best-counted' });
    // by hand
    const price = (0.1681 * 20.31) / 35.58;
    const r = -0.018423;
    const growth12 = (1 - (1 + r) ** 12) / -r;
    const rentRevenue12 = price * 24 * 0.5 * (1 - 0.05) * 6 * D * growth12;
    const rentPowerDay = (((220 * 0.5 + 22 * 0.5) * 24) / 1000) * 0.12 * 6;
    const rent12 = rentRevenue12 - rentPowerDay * D * 12;
    expect(price).toBeCloseTo(0.095956, 6);
    expect(cents(rentPowerDay)).toBe(2.09);
    expect(cents(o('rent')?.net12)).toBe(cents(rent12));
    expect(cents(o('rent')?.net12)).toBe(1404.99);
    // best coin per card (#24), net per day at $0.12/kWh after the 4 % pool fee: Ergo 170 MH/s at 120 W beats
    // Kaspa 350 MH/s at 105 W (−0.3023) and Ravencoin 30 MH/s at 140 W (−0.3360)
    const ergPerCard = (170e6 / 2.580536047246e12) * 720 * 3 * 0.32 * (1 - 0.04);
    expect(ergPerCard - ((120 * 24) / 1000) * 0.12).toBeCloseTo(-0.30189, 5);
    const mineRevenueDay = ergPerCard * 6;
    const minePowerDay = ((6 * 120 * 24) / 1000) * 0.12;
    expect(cents(o('mine')?.net12)).toBe(cents((mineRevenueDay - minePowerDay) * D * 12));
    expect(cents(o('mine')?.net12)).toBe(-661.58);
    // hybrid: mining loses more than idling costs, so the unrented half idles: the same as renting
    const idleMonth = ((6 * 22 * 24) / 1000) * 0.12 * D;
    expect((mineRevenueDay - minePowerDay) * D).toBeLessThan(-idleMonth);
    expect(o('hybrid')?.hybrid?.rest).toBe('idle');
    expect(cents(o('hybrid')?.net12)).toBe(cents(rent12));
    const own12 = (2 * price * 6 - ((2 * 220 * 6) / 1000) * 0.12) * D * 12;
    expect(cents(o('own-ai')?.net12)).toBe(cents(own12));
    expect(cents(o('own-ai')?.net12)).toBe(304.86);
    expect(o('sell')).toMatchObject({ net12: 1260, available: true, stale: [] });
    expect(cents(o('sell')?.sale?.inYear)).toBe(cents(1260 * 0.99 ** 12));
    expect(cents(o('rent')?.rankUsd)).toBe(cents(rent12 + 1260 * 0.99 ** 12));
    expect(o('mine')?.stale).toEqual([{ key: 'ergPriceUsd', date: '2026-04-15', ageMonths: 7 }]);
    expect(rtx).toMatchObject({ best: 'rent', reason: { code: 'rent-beats-mining', runnerUp: 'hybrid' } });
  });
});
