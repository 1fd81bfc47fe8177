import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Market } from '../../../../shared/market/assumptions';
import type { DevicePlan } from '../../../../shared/plan/types';
import { useFormat } from '../../i18n/use-format';
import { ageDays, labelFor } from '../earnings/assumption-label';
import type { Money } from '../earnings/money';

interface Props {
  device: DevicePlan;
  market: Market;
  money: Money;
  hours: number;
  /** Opens the assumption in Earnings, where it is edited. */
  onEdit: (key: string) => void;
}

/**
 * Behind each option's figure: the market assumptions it reads (value, whether it is the dated default or the user's,
 * and how old), the electricity price and its origin, and for own AI work the hours per day. Each assumption opens
 * Earnings at its input. Drawn only when opened: a 200-device plan does not pay for 200 hidden lists.
 */
export function PlanAssumptions({ device, market, money, hours, onEdit }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [open, setOpen] = useState(false);
  const options = device.options.filter((o) => o.id !== 'off');
  return (
    <div className="plan-assumptions no-print">
      <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? '▾' : '▸'} {t('plan.figures.toggle')}
      </button>
      {open ? (
        <dl>
          <dt>{t('plan.figures.electricity')}</dt>
          <dd>
            {t('plan.figures.perKwh', { price: money.format(device.electricityUsdPerKwh) })} ({t(device.siteElectricity ? 'plan.figures.siteSetting' : 'plan.originApp')})
          </dd>
          {options.map((o) => (
            <div key={o.id}>
              <dt>{t(`plan.options.${o.id}`)}</dt>
              <dd>
                <ul>
                  {o.assumptions.map((key) => {
                    const resolved = market.get(key);
                    const figure = resolved?.figure;
                    const label = labelFor(key, t);
                    return (
                      <li key={key}>
                        <button type="button" className="link" onClick={() => onEdit(key)} aria-label={t('plan.figures.edit', { label })}>
                          {label}
                        </button>
                        : {resolved ? fmt.number(resolved.value, 4) : t('plan.figures.none')}{' '}
                        <span className="muted">
                          ({resolved?.origin === 'yours' ? t('earnings.assumptions.yours') : figure ? t('earnings.assumptions.default', { date: fmt.day(figure.date), count: ageDays(figure.date) }) : t('earnings.assumptions.noneYet')})
                          {key.startsWith('rental:') && key !== `rental:${device.catalogueId}` ? ` · ${t('plan.figures.scaled')}` : ''}
                        </span>
                      </li>
                    );
                  })}
                  {o.id === 'mine' && device.kind === 'gpu' ? <li className="muted">{t('plan.figures.gpuMining')}</li> : null}
                  {o.id === 'own-ai' ? <li>{t('plan.figures.hours', { hours })}</li> : null}
                  {o.id === 'sell' && device.resalePinned ? <li>{t('plan.figures.resalePinned')}</li> : null}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
