import { reason } from '../../../shared/judge/reason-text';
import { inEnglish } from '../../../shared/text/english-templates';
import { describe, expect, it } from 'vitest';
import { asicById } from '../../../shared/catalogue/asic-catalogue';
import { gpuById } from '../../../shared/catalogue/gpu-catalogue';
import { combine } from '../../../shared/earnings/combine';
import { projectHardware } from '../../../shared/earnings/project-hardware';
import { checkOverride, resolveMarket, scenarioRates } from '../../../shared/market/assumptions';
import { marketDefaults } from '../../../shared/market/defaults';
import { FigureSchema } from '../../../shared/market/figure';
import { defaultPreferences } from '../../../shared/market/preferences';

const s19 = asicById('antminer-s19-pro');
const rtx3070 = gpuById('nvidia-rtx-3070');
if (!s19 || !rtx3070) throw new Error('catalogue');
const market = resolveMarket({}, null);
const prefs = { ...defaultPreferences(), months: 24 };
const start = new Date('2026-12-01T00:00:00Z');

describe('market defaults', () => {
  it('every default is a dated, sourced figure', () => {
    expect(Object.keys(marketDefaults).length).toBeGreaterThan(30);
    for (const [key, figure] of Object.entries(marketDefaults)) expect(FigureSchema.safeParse(figure).success, key).toBe(true);
  });

  it('refuses overrides outside a figure\'s range, naming the key', () => {
    expect(checkOverride('btcPriceUsd', 80_000)).toBeNull();
    expect(checkOverride('poolFee', 1.5)).toMatch(/poolFee must be between 0 and 1/);
    expect(checkOverride('btcDifficulty', -1)).toMatch(/btcDifficulty/);
    expect(checkOverride('utilisation', Number.NaN)).toMatch(/utilisation/);
    expect(checkOverride('nonsense', 1)).toMatch(/not a market figure/);
    expect(checkOverride('rental:nvidia-rtx-3070', 0.12)).toBeNull();
  });

  it('layers overrides on the defaults and says whose each value is', () => {
    const m = resolveMarket({ btcPriceUsd: 20_000 }, '2028-05-01');
    expect(m.get('btcPriceUsd')).toMatchObject({ value: 20_000, origin: 'yours' });
    expect(m.get('btcDifficulty')).toMatchObject({ origin: 'default', figure: { date: '2026-06-26' } });
    expect(m.halvingDate).toBe('2028-05-01');
  });

  it('scenarios: bear halves and bull lifts the price, trend uses the recent difficulty trend, custom uses the user\'s rates', () => {
    expect(scenarioRates({ ...prefs, scenario: 'bear' }, market).priceFactor).toBe(0.5);
    expect(scenarioRates({ ...prefs, scenario: 'bull' }, market).priceFactor).toBe(1.5);
    expect(scenarioRates({ ...prefs, scenario: 'trend' }, market).difficulty).toBe(market.value('btcDifficultyTrendMonthly'));
    expect(scenarioRates({ ...prefs, scenario: 'custom', custom: { difficulty: 0.02, price: -0.01, network: 0, rental: 0 } }, market)).toMatchObject({ difficulty: 0.02, price: -0.01 });
  });
});

describe('projecting hardware', () => {
  it('a 6-GPU rig gets all four options; renting is flagged when the judge says the rig would not list', () => {
    const r = projectHardware({ kind: 'gpu', spec: rtx3070, count: 6 }, market, prefs, { start }, { verdict: 'no', reasons: [reason('vast-lanes', { width: 1, lanes: 8 })] });
    expect(r.projection.mine && r.projection.rent && r.projection.sell && r.projection.off).toBeTruthy();
    expect(r.rentalListable).toBe(false);
    expect(r.notes.map(inEnglish).join(' ')).toMatch(/Would not list.*x1/);
    expect(r.projection.rent?.daily.revenue).toBeGreaterThan(0);
    expect(r.input.rental?.gpus).toBe(6);
  });

  it('an ASIC mines, sells or switches off, never rents; bear earns half of flat', () => {
    const flat = projectHardware({ kind: 'asic', spec: s19, count: 3 }, market, { ...prefs, electricityPerKwh: 0 }, { start });
    const bear = projectHardware({ kind: 'asic', spec: s19, count: 3 }, market, { ...prefs, electricityPerKwh: 0, scenario: 'bear' }, { start });
    expect(flat.projection.rent).toBeNull();
    expect(flat.input.mining?.powerW).toBe(3 * 3250);
    expect(bear.projection.mine?.daily.revenue).toBeCloseTo((flat.projection.mine?.daily.revenue ?? 0) / 2, 8);
  });

  it('converts EUR electricity to USD with the dated rate', () => {
    const eur = projectHardware({ kind: 'asic', spec: s19, count: 1 }, market, { ...prefs, currency: 'EUR', electricityPerKwh: 0.1 }, { start });
    expect(eur.input.electricityPerKwh).toBeCloseTo(0.1 / market.value('eurPerUsd'), 10);
  });

  it('combines a site: options add up month by month', () => {
    const a = projectHardware({ kind: 'asic', spec: s19, count: 1 }, market, prefs, { start }).projection;
    const b = projectHardware({ kind: 'gpu', spec: rtx3070, count: 2 }, market, prefs, { start }).projection;
    const site = combine([a, b]);
    expect(site.mine?.months[5]?.cumulative).toBeCloseTo((a.mine?.months[5]?.cumulative ?? 0) + (b.mine?.months[5]?.cumulative ?? 0), 6);
    expect(site.rent?.months[5]?.cumulative).toBeCloseTo(b.rent?.months[5]?.cumulative ?? 0, 6);
  });
});
