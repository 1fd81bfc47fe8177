/** Fixed projections whose outputs test/fixtures/projection/pins.json pins bit for bit (a refactor of the engine must not move them). */
import { asicById } from '../../../shared/catalogue/asic-catalogue';
import { gpuById } from '../../../shared/catalogue/gpu-catalogue';
import type { Hardware } from '../../../shared/earnings/hardware-plan';
import { projectHardware, type Pinned } from '../../../shared/earnings/project-hardware';
import type { OptionSeries } from '../../../shared/earnings/projection';
import { resolveMarket } from '../../../shared/market/assumptions';
import { defaultPreferences, type Preferences } from '../../../shared/market/preferences';

const asic = (id: string, count: number): Hardware => {
  const spec = asicById(id);
  if (!spec) throw new Error(`catalogue: ${id}`);
  return { kind: 'asic', spec, count };
};
const gpu = (id: string, count: number): Hardware => {
  const spec = gpuById(id);
  if (!spec) throw new Error(`catalogue: ${id}`);
  return { kind: 'gpu', spec, count };
};

const custom: Preferences['custom'] = { difficulty: 0.02, price: -0.01, network: 0.015, rental: -0.005 };
const start = new Date('2026-11-25T00:00:00Z');

interface PinCase {
  name: string;
  hw: Hardware;
  preferences: Partial<Preferences>;
  pinned?: Pinned;
  halving?: string;
}

export const PIN_CASES: PinCase[] = [
  { name: 'S19 Pro ×3, trend (difficulty growth, BTC halving in view)', hw: asic('antminer-s19-pro', 3), preferences: { scenario: 'trend' } },
  { name: 'S19 Pro ×1, custom, EUR, halving override', hw: asic('antminer-s19-pro', 1), preferences: { scenario: 'custom', custom, currency: 'EUR' }, halving: '2027-03-10' },
  { name: 'L7 ×2, custom (Litecoin halving)', hw: asic('antminer-l7', 2), preferences: { scenario: 'custom', custom } },
  { name: 'KS3 ×1, bull (Kaspa reward decay)', hw: asic('antminer-ks3', 1), preferences: { scenario: 'bull' } },
  { name: 'RTX 3070 ×4, custom, Ravencoin pinned (RVN halving)', hw: gpu('nvidia-rtx-3070', 4), preferences: { scenario: 'custom', custom }, pinned: { gpu: { coin: 'rvn' } } },
  { name: 'RTX 3090 ×2, bear, best coin', hw: gpu('nvidia-rtx-3090', 2), preferences: { scenario: 'bear' } },
  { name: 'RTX 5090 ×1, custom (anchor mining estimate)', hw: gpu('nvidia-rtx-5090', 1), preferences: { scenario: 'custom', custom } },
  { name: 'Bare SHA-256 hashrate, custom', hw: { kind: 'hashrate', algorithm: 'sha256', hashrateHs: 2.5e14, count: 2 }, preferences: { scenario: 'custom', custom }, pinned: { powerW: 3100 } },
];

const MONTHS_PINNED = [1, 2, 7, 17, 31, 42, 60];

const pick = (s: OptionSeries | null) =>
  s && {
    rows: MONTHS_PINNED.map((m) => s.months[m - 1]),
    totals: s.months.reduce((t, r) => ({ revenue: t.revenue + r.revenue, profit: t.profit + r.profit }), { revenue: 0, profit: 0 }),
    breakEvenMonth: s.breakEvenMonth,
    daily: s.daily,
  };

/** What the pins hold for one case: selected months, sums over all months, break-even month, daily figures. */
export function pinOutputs(c: PinCase) {
  const market = resolveMarket({}, c.halving ?? null);
  const preferences = { ...defaultPreferences(), months: 60, ...c.preferences };
  const { projection } = projectHardware(c.hw, market, preferences, { start, capexUsd: 2500, ...c.pinned });
  return { mine: pick(projection.mine), rent: pick(projection.rent), sell: pick(projection.sell), off: pick(projection.off), breakEvenCoinPrice: projection.breakEvenCoinPrice };
}
