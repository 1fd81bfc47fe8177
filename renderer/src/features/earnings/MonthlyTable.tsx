import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Projection } from '../../../../shared/earnings/projection';
import type { Money } from './money';
import { OPTION_STYLE } from './option-style';

/** Month by month per option: revenue, power and cumulative profit (hover a cell for the profit of that month). */
export const MonthlyTable = memo(function MonthlyTable({ projection, money }: { projection: Projection; money: Money }) {
  const { t } = useTranslation();
  const options = (Object.keys(OPTION_STYLE) as Array<keyof typeof OPTION_STYLE>).filter((o) => projection[o] && o !== 'off');
  return (
    <details className="panel monthly">
      <summary>{t('earnings.monthly.title')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('earnings.monthly.month')}</th>
            {options.map((o) => (
              <th key={o} scope="col" colSpan={3}>
                {t(OPTION_STYLE[o].labelKey)}
              </th>
            ))}
          </tr>
          <tr>
            <th />
            {options.flatMap((o) => [
              <th key={`${o}-r`}>{t('earnings.monthly.revenue')}</th>,
              <th key={`${o}-p`}>{t('earnings.monthly.power')}</th>,
              <th key={`${o}-c`}>{t('earnings.monthly.cumulative')}</th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {projection.off.months.map((row, i) => (
            <tr key={row.month}>
              <th scope="row">{row.month}</th>
              {options.flatMap((o) => {
                const m = projection[o]?.months[i];
                return [
                  <td key={`${o}-r`}>{money.format(m?.revenue ?? 0)}</td>,
                  <td key={`${o}-p`}>{money.format(m?.powerCost ?? 0)}</td>,
                  <td key={`${o}-c`} title={t('earnings.monthly.profit', { amount: money.format(m?.profit ?? 0) })} className={(m?.cumulative ?? 0) < 0 ? 'neg' : undefined}>
                    {money.format(m?.cumulative ?? 0)}
                  </td>,
                ];
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
});
