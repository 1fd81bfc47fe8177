import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/plan/types';
import type { Money } from '../earnings/money';

/** Recharts is a chunk of its own: the Plan's text shows first, its charts when the chunk is in. */
const PortfolioCharts = lazy(async () => ({ default: (await import('./PortfolioCharts')).PortfolioCharts }));

const total = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** The fleet's monthly net under three coin prices, and how much the AI share cushions a price drop. */
export function PortfolioSummary({ plan, money, printWidth }: { plan: Plan; money: Money; printWidth?: number }) {
  const { t } = useTranslation();
  const drop = (key: 'plan' | 'mining') => total(plan.portfolio.base[key]) - total(plan.portfolio.bear[key]);
  return (
    <section className="panel portfolio" aria-label={t('plan.portfolio.title')}>
      <h3>{t('plan.portfolio.title')}</h3>
      <p className="muted small">{t('plan.portfolio.intro')}</p>
      <Suspense fallback={<div className="panel chart-placeholder">{t('common.drawingCharts')}</div>}>
        <PortfolioCharts plan={plan} money={money} width={printWidth} />
      </Suspense>
      <p>
        <strong>{t('plan.portfolio.cushion', { plan: money.format(drop('plan')), mining: money.format(drop('mining')) })}</strong>
        {plan.saleUsd > 0 ? ` ${t('plan.portfolio.sales', { amount: money.format(plan.saleUsd) })}` : ''}
      </p>
    </section>
  );
}
