import type { OptionSeries, Projection } from './projection';

/** Adds the same option of several projections month by month (a mixed rig, or the whole inventory). */
function add(list: Array<OptionSeries | null>, capex: number): OptionSeries | null {
  const present = list.filter((s): s is OptionSeries => s !== null);
  const [first] = present;
  if (!first) return null;
  const months = first.months.map((row, i) => {
    const rows = present.map((s) => s.months[i]).filter((r) => r !== undefined);
    const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((total, r) => total + pick(r), 0);
    return { month: row.month, revenue: sum((r) => r.revenue), powerCost: sum((r) => r.powerCost), profit: sum((r) => r.profit), cumulative: sum((r) => r.cumulative) };
  });
  const hit = months.find((row) => row.cumulative >= capex && row.cumulative > 0);
  const daily = present.reduce((d, s) => ({ revenue: d.revenue + s.daily.revenue, powerCost: d.powerCost + s.daily.powerCost, profit: d.profit + s.daily.profit }), { revenue: 0, powerCost: 0, profit: 0 });
  return { months, breakEvenMonth: hit ? hit.month : null, daily };
}

/**
 * The combined projection of several pieces of hardware. An option is summed over the pieces that have it; the
 * others contribute their "switch off" (zero), so "mine" on a mixed site means "mine with what can mine".
 */
export function combine(projections: Projection[], capex = 0): Projection {
  const pick = (option: 'mine' | 'rent' | 'sell') => projections.map((p) => p[option] ?? (projections.some((q) => q[option]) ? p.off : null));
  return {
    mine: add(pick('mine'), capex),
    rent: add(pick('rent'), capex),
    sell: add(pick('sell'), capex),
    off: add(projections.map((p) => p.off), capex) ?? { months: [], breakEvenMonth: null, daily: { revenue: 0, powerCost: 0, profit: 0 } },
    breakEvenCoinPrice: projections.length === 1 ? (projections[0]?.breakEvenCoinPrice ?? null) : null,
  };
}
