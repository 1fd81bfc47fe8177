import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectionInput } from '../../../../shared/earnings/projection';
import { DAYS_PER_MONTH } from '../../../../shared/earnings/constants';
import { useFormat } from '../../i18n/use-format';
import type { Money } from './money';

/** The formulas with this projection's inputs filled in, so every number on the page can be checked by hand. */
export const FormulaTrace = memo(function FormulaTrace({ inputs, money }: { inputs: ProjectionInput[]; money: Money }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const pct = fmt.percent;
  const secondsPerDay = fmt.number(86_400, 0);
  return (
    <details className="panel trace">
      <summary>{t('earnings.trace.title')}</summary>
      <p className="muted">{t('earnings.trace.intro', { days: fmt.number(DAYS_PER_MONTH, 4) })}</p>
      {inputs.map((input, i) => {
        const m = input.mining;
        const r = input.rental;
        return (
          <div key={i} className="trace-item">
            {m && m.coin.kind === 'sha256' ? (
              <p>
                <strong>{t('earnings.trace.btcTitle')}</strong>
                {t('earnings.trace.btc', {
                  hashrate: fmt.scientific(m.coin.hashrateHs, 3),
                  secondsPerDay,
                  subsidy: fmt.number(m.coin.subsidyBtc, 8),
                  fees: fmt.number(m.coin.feesPerBlockBtc, 8),
                  difficulty: fmt.scientific(m.coin.difficulty, 4),
                  poolFee: pct(m.poolFee),
                  price: money.format(m.priceUsd),
                  halving: m.coin.halvingDate ? fmt.day(m.coin.halvingDate) : '—',
                  watts: fmt.number(m.powerW, 1),
                  electricity: money.format(input.electricityPerKwh),
                })}
              </p>
            ) : null}
            {m && m.coin.kind === 'network' ? (
              <p>
                <strong>{t('earnings.trace.networkTitle')}</strong>
                {t('earnings.trace.network', {
                  hashrate: fmt.scientific(m.coin.hashrateHs, 3),
                  network: fmt.scientific(m.coin.networkHashrateHs, 3),
                  reward: fmt.number(m.coin.blockReward, 8),
                  secondsPerDay,
                  blockTime: fmt.number(m.coin.blockTimeS, 2),
                  poolFee: pct(m.poolFee),
                  price: money.format(m.priceUsd),
                  rewardChange: pct(m.coin.rewardChange),
                  watts: fmt.number(m.powerW, 1),
                })}
              </p>
            ) : null}
            {m && m.coin.kind === 'usd' ? (
              <p>
                <strong>{t('earnings.trace.gpuTitle')}</strong>
                {t('earnings.trace.gpu', { perDay: money.format(m.coin.usdPerDay), watts: fmt.number(m.powerW, 1) })}
              </p>
            ) : null}
            {r ? (
              <p>
                <strong>{t('earnings.trace.rentTitle')}</strong>
                {t('earnings.trace.rent', {
                  price: money.format(r.pricePerGpuHour),
                  utilisation: pct(r.utilisation),
                  platformFee: pct(r.platformFee),
                  gpus: r.gpus,
                  loadW: fmt.number(r.loadW, 1),
                  idleW: fmt.number(Math.round(r.idleW), 0),
                  electricity: money.format(input.electricityPerKwh),
                  rateChange: pct(r.rateChange),
                })}
              </p>
            ) : null}
            {input.resaleUsd !== undefined ? (
              <p>
                <strong>{t('earnings.trace.sellTitle')}</strong>
                {t('earnings.trace.sell', { amount: money.format(input.resaleUsd) })}
              </p>
            ) : null}
          </div>
        );
      })}
    </details>
  );
});
