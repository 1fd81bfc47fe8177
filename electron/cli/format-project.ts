import { algorithmName } from '../../shared/catalogue/algorithm-name';
import { inEnglish } from '../../shared/text/english-templates';
import type { MonthRow, OptionSeries } from '../../shared/earnings/projection';
import type { Hardware } from '../../shared/earnings/hardware-plan';
import { formatHashrate } from '../../shared/units/hashrate';
import { formatFigureValue, roundForPeople } from '../../shared/units/human-number';
import type { EchoedInput, ProjectResult } from './commands/project';

const round2 = (n: number): number => Math.round(n * 100) / 100;
const roundMoney = round2;

/** Inputs stored as fractions, hashrates or large counts, in the unit they are kept in (the rest rounded for reading). */
const INPUT_UNITS: Record<string, string> = { difficulty: 'difficulty', networkHashrate: 'H/s', poolFee: 'fraction', utilization: 'fraction', platformFee: 'fraction' };

/** An echoed input for people: 133.87 T, 4 %, 0.09596 (the JSON keeps the exact value). */
function echoed(name: string, input: EchoedInput): string {
  const unit = INPUT_UNITS[name];
  if (typeof input.value === 'string') return input.value;
  return unit ? formatFigureValue(input.value, unit) : String(roundForPeople(input.value));
}

function converted(series: OptionSeries | null, fx: number) {
  if (!series) return null;
  const money = (row: MonthRow) => ({ month: row.month, revenue: round2(row.revenue * fx), powerCost: round2(row.powerCost * fx), profit: round2(row.profit * fx), cumulative: round2(row.cumulative * fx) });
  return {
    daily: { revenue: round2(series.daily.revenue * fx), powerCost: round2(series.daily.powerCost * fx), profit: round2(series.daily.profit * fx) },
    months: series.months.map(money),
    breakEvenMonth: series.breakEvenMonth,
  };
}

/** The documented JSON: the primary option (mining when there is one, else renting) at the top, every option below. */
export function projectJson(r: ProjectResult) {
  const fx = r.currency === 'EUR' ? r.eurPerUsd : 1;
  const p = r.result.projection;
  const options = { mine: converted(p.mine, fx), rent: converted(p.rent, fx), sell: converted(p.sell, fx), off: converted(p.off, fx) };
  const primary = options.mine ?? options.rent ?? options.off;
  return {
    inputs: r.inputs,
    currency: r.currency,
    primary: options.mine ? 'mine' : options.rent ? 'rent' : 'off',
    daily: primary?.daily,
    breakEvenCoinPrice: p.breakEvenCoinPrice === null ? null : round2(p.breakEvenCoinPrice * fx),
    months: primary?.months,
    breakEvenMonth: primary?.breakEvenMonth ?? null,
    options,
    rentalListable: r.result.rentalListable,
    notes: r.result.notes.map(inEnglish),
  };
}

/** "3× Antminer S19 Pro", "1× 1 PH/s SHA256". */
export const hardwareLabel = (hw: Hardware): string => (hw.kind === 'hashrate' ? `${hw.count}× ${formatHashrate(hw.hashrateHs)} ${algorithmName(hw.algorithm)}` : `${hw.count}× ${hw.spec.name}`);

export const moneyFormat = (currency: 'USD' | 'EUR') => new Intl.NumberFormat(currency === 'EUR' ? 'de-DE' : 'en-US', { style: 'currency', currency, maximumFractionDigits: 2 });

export function formatProject(r: ProjectResult, title = hardwareLabel(r.hardware)): string {
  const json = projectJson(r);
  const fmt = moneyFormat(r.currency);
  const lines: string[] = [];
  lines.push(`${title} over ${json.months?.length ?? 0} months`);
  lines.push('Inputs: ' + Object.entries(json.inputs).map(([k, v]) => `${k}=${echoed(k, v)}${v.origin === 'default' && v.date ? ` (${v.date})` : v.origin === 'flag' || v.origin === 'file' ? ` (${v.origin})` : ''}`).join(', '));
  const capex = typeof json.inputs.capexUsd?.value === 'number' ? roundMoney(json.inputs.capexUsd.value * (r.currency === 'EUR' ? r.eurPerUsd : 1)) : 0;
  for (const [label, option] of Object.entries(json.options)) {
    if (!option) continue;
    const total = option.months.at(-1)?.cumulative ?? 0;
    const afterCapex = capex > 0 ? ` (${fmt.format(roundMoney(total - capex))} after the ${fmt.format(capex)} outlay)` : '';
    lines.push(`  ${label.padEnd(5)} per day ${fmt.format(option.daily.profit)} (revenue ${fmt.format(option.daily.revenue)}, power ${fmt.format(option.daily.powerCost)}) · total ${fmt.format(total)}${afterCapex} · break-even ${option.breakEvenMonth === null ? 'never' : `month ${option.breakEvenMonth}`}`);
  }
  if (json.breakEvenCoinPrice !== null) lines.push(`Shutdown coin price (profit 0 on day 1): ${fmt.format(json.breakEvenCoinPrice)}`);
  for (const note of json.notes) lines.push(`! ${note}`);
  return lines.join('\n');
}
