import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { barData, radarData } from '../../../../shared/compare/chart-data';
import type { Comparison } from '../../../../shared/compare/schema';
import { SizedChart } from '../../components/SizedChart';
import { useFormat } from '../../i18n/use-format';

/** Subjects are told apart by colour, dash pattern and the legend's names. */
const SERIES = [
  { color: '#f59e0b', dash: undefined },
  { color: '#38bdf8', dash: '6 3' },
  { color: '#a78bfa', dash: '2 3' },
  { color: '#22c55e', dash: '8 3 2 3' },
  { color: '#f472b6', dash: '4 4' },
  { color: '#94a3b8', dash: '1 2' },
] as const;
const MARGIN = { top: 10, right: 20, left: 10, bottom: 0 };
const TOOLTIP_STYLE = { background: 'var(--panel)', border: '1px solid var(--border)' };
const RADIUS_DOMAIN: [number, number] = [0, 100];

const valueOf = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null);

function SpeedBars({ comparison, dataKey, name, color }: { comparison: Comparison; dataKey: 'tokensPerSecond' | 'tokensPerSecondPerWatt'; name: string; color: string }) {
  const fmt = useFormat();
  // Stable per language: Recharts re-syncs when a prop's identity changes.
  const number = useMemo(() => (v: unknown): string => {
    const n = valueOf(v);
    return n === null ? String(v) : fmt.number(n, 3);
  }, [fmt]);
  return (
    <SizedChart height={260}>
      {(width) => (
      <BarChart data={barData(comparison)} margin={MARGIN} width={width} height={260}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        <XAxis dataKey="label" stroke="var(--muted)" interval={0} tick={{ fontSize: 11 }} />
        <YAxis stroke="var(--muted)" width={60} tickFormatter={number} />
        <Tooltip formatter={number} contentStyle={TOOLTIP_STYLE} />
        <Bar dataKey={dataKey} name={name} fill={color} isAnimationActive={false} />
      </BarChart>
      )}
    </SizedChart>
  );
}

/** The Recharts part of the Compare view, loaded on demand so the first screen's bundle does not grow. */
export const CompareCharts = memo(function CompareCharts({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  // One function per language: Recharts re-syncs when a prop's identity changes.
  const percent = useMemo(
    () =>
      (v: unknown): string => {
        const n = valueOf(v);
        return t('compare.charts.percent', { value: n === null ? String(v) : fmt.number(n, 1) });
      },
    [t, fmt],
  );
  const reference = comparison.efficiencyWorkload.label;
  const radar = useMemo(() => radarData(comparison), [comparison]);
  // Axis names in the UI language (the shared data names each axis by id).
  const axes = useMemo(() => radar.axes.map((a) => ({ ...a, name: t(`compare.charts.axes.${a.axis}`) })), [radar, t]);
  if (radar.series.length === 0) return <p className="muted">{t('compare.charts.none')}</p>;
  return (
    <>
      <div className="two-charts">
        <section className="panel chart" aria-label={t('compare.charts.speedLabel', { reference })}>
          <h3>{t('compare.charts.speed', { reference })}</h3>
          <SpeedBars comparison={comparison} dataKey="tokensPerSecond" name={t('compare.charts.speedName')} color={SERIES[0].color} />
        </section>
        <section className="panel chart" aria-label={t('compare.charts.efficiencyLabel', { reference })}>
          <h3>{t('compare.charts.efficiency', { reference })}</h3>
          <SpeedBars comparison={comparison} dataKey="tokensPerSecondPerWatt" name={t('compare.charts.efficiencyName')} color={SERIES[1].color} />
        </section>
      </div>
      <section className="panel chart" aria-label={t('compare.charts.radarLabel')}>
        <h3>{t('compare.charts.radar')}</h3>
        <SizedChart height={340}>
          {(width) => (
          <RadarChart data={axes} outerRadius="75%" width={width} height={340}>
            <PolarGrid stroke="var(--border)" />
            <PolarAngleAxis dataKey="name" stroke="var(--muted)" />
            <PolarRadiusAxis domain={RADIUS_DOMAIN} stroke="var(--muted)" />
            {radar.series.map((s, i) => {
              const style = SERIES[i % SERIES.length] ?? SERIES[0];
              return <Radar key={s.key} dataKey={s.key} name={s.label} stroke={style.color} strokeDasharray={style.dash} fill={style.color} fillOpacity={0.12} isAnimationActive={false} />;
            })}
            <Legend />
            <Tooltip formatter={percent} contentStyle={TOOLTIP_STYLE} />
          </RadarChart>
          )}
        </SizedChart>
      </section>
    </>
  );
});
