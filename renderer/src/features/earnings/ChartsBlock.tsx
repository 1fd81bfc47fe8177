import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Currency } from '../../../../shared/market/preferences';
import { useFormat } from '../../i18n/use-format';
import type { SubjectProjection } from './compute';
import { CumulativeChart, SensitivityChart } from './EarningsCharts';
import type { Money } from './money';

/** The Recharts part of the Earnings view, loaded on demand so the first screen stays small. */
export const ChartsBlock = memo(function ChartsBlock({ computed, money, capex, currency }: { computed: SubjectProjection; money: Money; capex: number; currency: Currency }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  // Stable per language, so the memoised charts redraw only when their figures change.
  const priceX = useMemo(() => (x: number): string => `${fmt.number(x, 2)}×`, [fmt]);
  const kwhX = useMemo(() => (x: number): string => fmt.number(x, 2, 2), [fmt]);
  return (
    <>
      <section className="panel chart" aria-label={t('earnings.charts.cumulativeLabel')}>
        <h3>{t('earnings.charts.cumulative')}</h3>
        <CumulativeChart projection={computed.projection} money={money} capex={capex} />
      </section>
      <div className="two-charts">
        <section className="panel chart" aria-label={t('earnings.charts.priceLabel')}>
          <h3>{t('earnings.charts.price')}</h3>
          <SensitivityChart points={computed.price} money={money} xLabel={t('earnings.charts.priceAxis')} xFormat={priceX} />
        </section>
        <section className="panel chart" aria-label={t('earnings.charts.electricityLabel')}>
          <h3>{t('earnings.charts.electricity')}</h3>
          <SensitivityChart points={computed.electricity} money={money} xLabel={`${currency}/kWh`} xFormat={kwhX} />
        </section>
      </div>
    </>
  );
});
