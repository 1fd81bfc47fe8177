import { memo } from 'react';
import type { Currency } from '../../../../shared/market/preferences';
import type { SubjectProjection } from './compute';
import { CumulativeChart, SensitivityChart } from './EarningsCharts';
import type { Money } from './money';

const priceX = (x: number): string => `${x}×`;
const kwhX = (x: number): string => x.toFixed(2);

/** The Recharts part of the Earnings view, loaded on demand so the first screen stays small. */
export const ChartsBlock = memo(function ChartsBlock({ computed, money, capex, currency }: { computed: SubjectProjection; money: Money; capex: number; currency: Currency }) {
  return (
    <>
      <section className="panel chart" aria-label="Cumulative profit by option">
        <h3>Cumulative profit</h3>
        <CumulativeChart projection={computed.projection} money={money} capex={capex} />
      </section>
      <div className="two-charts">
        <section className="panel chart" aria-label="12-month profit against the coin price">
          <h3>12 months against the coin price</h3>
          <SensitivityChart points={computed.price} money={money} xLabel="× today’s price" xFormat={priceX} />
        </section>
        <section className="panel chart" aria-label="12-month profit against the electricity price">
          <h3>12 months against electricity</h3>
          <SensitivityChart points={computed.electricity} money={money} xLabel={`${currency}/kWh`} xFormat={kwhX} />
        </section>
      </div>
    </>
  );
});
