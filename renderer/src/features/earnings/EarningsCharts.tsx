import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis, ResponsiveContainer } from 'recharts';
import type { Projection } from '../../../../shared/earnings/projection';
import type { SensitivityPoint } from '../../../../shared/earnings/sensitivity';
import type { Money } from './money';
import { OPTION_STYLE } from './option-style';

type Option = keyof typeof OPTION_STYLE;

// Constant props live outside the components: Recharts re-syncs its store whenever a prop's identity changes.
const MARGIN = { top: 10, right: 20, left: 10, bottom: 0 };
const SENSITIVITY_MARGIN = { top: 10, right: 20, left: 10, bottom: 14 };
const TOOLTIP_STYLE = { background: 'var(--panel)', border: '1px solid var(--border)' };
const axisLabel = (value: string) => ({ value, position: 'insideBottomRight' as const, offset: -2, fill: 'var(--muted)' });

/** Cumulative profit per option, month by month, with a dot where an option covers the capital cost. */
export function CumulativeChart({ projection, money, capex }: { projection: Projection; money: Money; capex: number }) {
  const { t } = useTranslation();
  // Stable between renders (see above); re-made only when the language changes.
  const labels = useMemo(
    () => ({
      month: axisLabel(t('earnings.charts.month')),
      capex: { value: t('earnings.charts.capex'), fill: 'var(--muted)', position: 'insideTopLeft' as const },
      monthOf: (m: unknown): string => t('earnings.charts.monthN', { month: String(m) }),
    }),
    [t],
  );
  const options = (Object.keys(OPTION_STYLE) as Option[]).filter((o) => projection[o]);
  const months = projection.off.months.length;
  const data = Array.from({ length: months }, (_, i) => ({ month: i + 1, ...Object.fromEntries(options.map((o) => [o, (projection[o]?.months[i]?.cumulative ?? 0) * money.fx])) }));
  return (
    <ResponsiveContainer width="100%" height={320}>
      <LineChart data={data} margin={MARGIN}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        <XAxis dataKey="month" stroke="var(--muted)" label={labels.month} />
        <YAxis stroke="var(--muted)" tickFormatter={(v: number) => money.compact(v / money.fx)} width={80} />
        <Tooltip formatter={(v) => money.format(Number(v) / money.fx)} labelFormatter={labels.monthOf} contentStyle={TOOLTIP_STYLE} />
        <Legend />
        {capex > 0 ? <ReferenceLine y={capex * money.fx} stroke="var(--muted)" strokeDasharray="4 4" label={labels.capex} /> : null}
        {options.map((o) => (
          <Line key={o} type="monotone" dataKey={o} name={t(OPTION_STYLE[o].labelKey)} stroke={OPTION_STYLE[o].color} strokeDasharray={OPTION_STYLE[o].dash} dot={false} strokeWidth={2} isAnimationActive={false} />
        ))}
        {options.map((o) => {
          const m = projection[o]?.breakEvenMonth;
          return m ? <ReferenceDot key={`be-${o}`} x={m} y={(projection[o]?.months[m - 1]?.cumulative ?? 0) * money.fx} r={5} fill={OPTION_STYLE[o].color} stroke="var(--panel)" /> : null;
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}

interface SensitivityProps {
  points: SensitivityPoint[];
  money: Money;
  xLabel: string;
  xFormat: (x: number) => string;
}

/** Same figures → no redraw (moving the electricity slider leaves the electricity chart's points unchanged). */
const sameSensitivity = (a: SensitivityProps, b: SensitivityProps): boolean =>
  a.money === b.money &&
  a.xLabel === b.xLabel &&
  a.xFormat === b.xFormat &&
  a.points.length === b.points.length &&
  a.points.every((p, i) => p.x === b.points[i]?.x && p.mine === b.points[i]?.mine && p.rent === b.points[i]?.rent);

/** 12-month profit against one input (coin price multiple, or electricity price). */
export const SensitivityChart = memo(function SensitivityChart({ points, money, xLabel, xFormat }: SensitivityProps) {
  const { t } = useTranslation();
  const axis = useMemo(() => axisLabel(xLabel), [xLabel]);
  const data = points.map((p) => ({ x: xFormat(p.x), mine: p.mine === null ? undefined : p.mine * money.fx, rent: p.rent === null ? undefined : p.rent * money.fx }));
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={data} margin={SENSITIVITY_MARGIN}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        <XAxis dataKey="x" stroke="var(--muted)" label={axis} />
        <YAxis stroke="var(--muted)" tickFormatter={(v: number) => money.compact(v / money.fx)} width={80} />
        <Tooltip formatter={(v) => money.format(Number(v) / money.fx)} contentStyle={TOOLTIP_STYLE} />
        <ReferenceLine y={0} stroke="var(--muted)" />
        {data.some((d) => d.mine !== undefined) ? <Line dataKey="mine" name={t('earnings.charts.mining')} stroke={OPTION_STYLE.mine.color} dot isAnimationActive={false} /> : null}
        {data.some((d) => d.rent !== undefined) ? <Line dataKey="rent" name={t('earnings.charts.renting')} stroke={OPTION_STYLE.rent.color} dot isAnimationActive={false} /> : null}
      </LineChart>
    </ResponsiveContainer>
  );
}, sameSensitivity);
