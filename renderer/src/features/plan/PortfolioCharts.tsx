import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { PORTFOLIO_SCENARIOS, type Plan } from '../../../../shared/plan/types';
import { SizedChart } from '../../components/SizedChart';
import type { Money } from '../earnings/money';
import { ChartLegend, type LegendEntry } from './ChartLegend';

const PLAN_COLOUR = '#38bdf8';
const MINING_COLOUR = '#f59e0b';
const total = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
/** The legend is HTML above the chart (ChartLegend) and the axis title has its own band below the ticks: nothing overlaps. */
const CHART_MARGIN = { top: 8, right: 16, left: 8, bottom: 4 };
const AXIS_HEIGHT = 44;

/**
 * The fleet under bear / base / bull coin prices, cash only: 12-month totals (bars, titled so) and net per month for
 * base and bear (lines). One-off sales and own-use value are in neither.
 * `width` fixes the size for print, where a measured box would measure nothing.
 */
export function PortfolioCharts({ plan, money, width }: { plan: Plan; money: Money; width?: number }) {
  const { t } = useTranslation();
  const bars = PORTFOLIO_SCENARIOS.map(({ id }) => ({ scenario: t(`plan.portfolio.${id}`), plan: total(plan.portfolio[id].plan) * money.fx, mining: total(plan.portfolio[id].mining) * money.fx }));
  const lines = (plan.portfolio.base.plan.length ? plan.portfolio.base.plan : []).map((_, i) => ({
    month: i + 1,
    planBase: (plan.portfolio.base.plan[i] ?? 0) * money.fx,
    planBear: (plan.portfolio.bear.plan[i] ?? 0) * money.fx,
    miningBase: (plan.portfolio.base.mining[i] ?? 0) * money.fx,
    miningBear: (plan.portfolio.bear.mining[i] ?? 0) * money.fx,
  }));
  const tick = (v: number) => money.compact(v / money.fx);
  const tip = (v: unknown) => money.format(Number(v) / money.fx);
  const frame = (chart: (w: number) => React.ReactElement, height: number) => (width ? <div style={{ width, height }}>{chart(width)}</div> : <SizedChart height={height}>{chart}</SizedChart>);
  const planLabel = t('plan.portfolio.plan');
  const miningLabel = t('plan.portfolio.mining');
  const base = t('plan.portfolio.base');
  const bear = t('plan.portfolio.bear');
  const lineLegend: LegendEntry[] = [
    { name: `${planLabel} · ${base}`, colour: PLAN_COLOUR, mark: 'line' },
    { name: `${planLabel} · ${bear}`, colour: PLAN_COLOUR, mark: 'dashed' },
    { name: `${miningLabel} · ${base}`, colour: MINING_COLOUR, mark: 'line' },
    { name: `${miningLabel} · ${bear}`, colour: MINING_COLOUR, mark: 'dashed' },
  ];
  return (
    <div className="portfolio-charts">
      <figure aria-label={t('plan.portfolio.totalsTitle', { currency: money.currency })}>
        <figcaption>{t('plan.portfolio.totalsTitle', { currency: money.currency })}</figcaption>
        <ChartLegend entries={[{ name: planLabel, colour: PLAN_COLOUR, mark: 'bar' }, { name: miningLabel, colour: MINING_COLOUR, mark: 'bar' }]} />
        {frame(
          (w) => (
            <BarChart data={bars} width={w} height={240} margin={CHART_MARGIN}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis dataKey="scenario" stroke="var(--muted)" height={AXIS_HEIGHT} label={{ value: t('plan.portfolio.scenario'), position: 'insideBottom', offset: 0, fill: 'var(--muted)' }} />
            <YAxis tickFormatter={tick} width={80} stroke="var(--muted)" />
            <Tooltip formatter={tip} />
                        <ReferenceLine y={0} stroke="var(--muted)" />
            <Bar dataKey="plan" name={planLabel} fill={PLAN_COLOUR} isAnimationActive={false} />
            <Bar dataKey="mining" name={miningLabel} fill={MINING_COLOUR} isAnimationActive={false} />
          </BarChart>
          ),
          240,
        )}
      </figure>
      <figure aria-label={t('plan.portfolio.monthlyTitle', { currency: money.currency })}>
        <figcaption>{t('plan.portfolio.monthlyTitle', { currency: money.currency })}</figcaption>
        <ChartLegend entries={lineLegend} />
        {frame(
          (w) => (
            <LineChart data={lines} width={w} height={300} margin={CHART_MARGIN}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis dataKey="month" stroke="var(--muted)" height={AXIS_HEIGHT} label={{ value: t('plan.portfolio.month'), position: 'insideBottom', offset: 0, fill: 'var(--muted)' }} />
            <YAxis tickFormatter={tick} width={80} stroke="var(--muted)" />
            <Tooltip formatter={tip} />
                        <ReferenceLine y={0} stroke="var(--muted)" />
            <Line dataKey="planBase" name={`${planLabel} · ${t('plan.portfolio.base')}`} stroke={PLAN_COLOUR} dot={false} strokeWidth={2} isAnimationActive={false} />
            <Line dataKey="planBear" name={`${planLabel} · ${t('plan.portfolio.bear')}`} stroke={PLAN_COLOUR} strokeDasharray="6 4" dot={false} strokeWidth={2} isAnimationActive={false} />
            <Line dataKey="miningBase" name={`${miningLabel} · ${t('plan.portfolio.base')}`} stroke={MINING_COLOUR} dot={false} strokeWidth={2} isAnimationActive={false} />
            <Line dataKey="miningBear" name={`${miningLabel} · ${t('plan.portfolio.bear')}`} stroke={MINING_COLOUR} strokeDasharray="6 4" dot={false} strokeWidth={2} isAnimationActive={false} />
          </LineChart>
          ),
          300,
        )}
      </figure>
    </div>
  );
}
