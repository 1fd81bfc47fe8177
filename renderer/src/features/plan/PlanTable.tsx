import { useTranslation } from 'react-i18next';
import type { Inventory } from '../../../../shared/inventory/schema';
import type { DevicePlan, Plan } from '../../../../shared/plan/types';
import { localeOf } from '../../i18n';
import type { Market } from '../../../../shared/market/assumptions';
import type { Money } from '../earnings/money';
import { OptionLine } from './OptionLine';
import { PlanAssumptions } from './PlanAssumptions';
import { OPTION_ICON, ReasonText } from './plan-text';

const placeOf = (inv: Inventory, d: DevicePlan): string => {
  const site = inv.sites.find((s) => s.id === d.siteId)?.name ?? '';
  const rig = d.rigId ? inv.rigs.find((r) => r.id === d.rigId)?.name : null;
  return rig ? `${site} › ${rig}` : site;
};

/** On screen (not in the printed report): what each figure reads, and a way to edit it. */
export interface FigureLinks {
  market: Market;
  hours: number;
  onEdit: (key: string) => void;
}

/** Per device: the recommendation, why, and every option's 12-month net (with the figures behind them on screen). */
export function PlanTable({ plan, inventory, money, links }: { plan: Plan; inventory: Inventory; money: Money; links?: FigureLinks }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return (
    <table className="plan-table">
      <caption className="muted small">{t(`plan.ranking.${plan.ranking}`)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('plan.table.device')}</th>
          <th scope="col">{t('plan.table.recommended')}</th>
          <th scope="col">{t('plan.table.why')}</th>
          <th scope="col">{t('plan.table.options')}</th>
        </tr>
      </thead>
      <tbody>
        {plan.devices.map((d) => (
          <tr key={d.itemId}>
            <th scope="row">
              {d.count > 1 ? `${d.count}× ` : ''}
              {d.name}
              <div className="muted small">
                {placeOf(inventory, d)} · {(d.powerW / 1000).toLocaleString(locale, { maximumFractionDigits: 2 })} kW ({t(`plan.table.${d.powerSource === 'reading' ? 'measured' : d.powerSource}`)})
              </div>
            </th>
            <td>
              <span className={`plan-best plan-${d.best}`}>
                <span aria-hidden="true">{OPTION_ICON[d.best]}</span> {t(`plan.options.${d.best}`)}
              </span>
            </td>
            <td>
              <ReasonText reason={d.reason} money={money} />
            </td>
            <td>
              {d.hardwareKeptUsd !== null ? <p className="muted small">{t('plan.figure.kept', { value: money.format(d.hardwareKeptUsd) })}</p> : null}
              <ul className="plan-options">
                {d.options.map((o) => (
                  <OptionLine key={o.id} option={o} money={money} rentOn={d.rentOn} onEdit={links?.onEdit} {...(d.measured ? { measured: d.measured } : {})} />
                ))}
              </ul>
              {links ? <PlanAssumptions device={d} market={links.market} money={money} hours={links.hours} onEdit={links.onEdit} /> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
