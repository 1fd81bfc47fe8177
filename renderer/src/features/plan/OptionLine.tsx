import { useTranslation } from 'react-i18next';
import type { Measured } from '../../../../shared/judge/measured-report';
import type { StaleFigure } from '../../../../shared/market/staleness';
import type { RentPlatformChoice } from '../../../../shared/plan/rent-platform';
import type { PlanOption } from '../../../../shared/plan/types';
import { platformLabel } from '../../../../shared/rental-audit/rule-schema';
import { localeOf } from '../../i18n';
import { useFormat } from '../../i18n/use-format';
import { useWording } from '../../i18n/use-wording';
import { measuredText } from './measured-text';
import type { Money } from '../earnings/money';

const staleKind = (key: string): 'resale' | 'rental' | 'coin' | 'gpuMiningAnchor' =>
  key.startsWith('resale:') ? 'resale' : key.startsWith('rental:') ? 'rental' : key === 'gpuMiningAnchor' ? 'gpuMiningAnchor' : 'coin';

/** Figures older than six months that this option uses, with their dates, beside the option; one click edits each. */
function StaleFlags({ stale, onEdit }: { stale: StaleFigure[]; onEdit?: (key: string) => void }) {
  const { t } = useTranslation();
  if (stale.length === 0) return null;
  return (
    <ul className="plan-stale">
      {stale.map((f) => (
        <li key={f.key} className="warning small">
          {t('plan.figure.stale', { label: t(`plan.staleLabel.${staleKind(f.key)}`), date: f.date, count: f.ageMonths })}
          {onEdit ? (
            <>
              {' · '}
              <button type="button" className="link" onClick={() => onEdit(f.key)}>
                {t('plan.figure.editStale')}
              </button>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** One option's figure, in its kind and unit: cash over 12 months and per month, a one-off sale price, or a value to you. */
export function OptionLine({ option: o, money, rentOn = null, onEdit, measured }: { option: PlanOption; money: Money; rentOn?: RentPlatformChoice | null; onEdit?: (key: string) => void; measured?: Measured }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const wording = useWording();
  const per = { net12: money.format(o.net12), perMonth: o.perMonth === null ? '—' : money.format(o.perMonth) };
  const share = (x: number) => x.toLocaleString(localeOf(i18n.language), { style: 'percent', maximumFractionDigits: 0 });
  const main = o.sale
    ? t('plan.figure.sale', { price: money.format(o.sale.priceNow) })
    : o.note?.code === 'would-not-list'
      ? t('plan.figure.ifListed', per)
      : !o.available
        ? '—'
        : o.kind === 'value'
          ? t('plan.figure.worth', per)
          : t('plan.figure.net', per);
  const note = o.note && o.note.code !== 'would-not-list' ? t(`plan.notes.${o.note.code}`, { detail: (o.note.parts ?? []).map(wording.message).join('; ') }) : null;
  const notListed = o.note?.code === 'would-not-list' && o.note.parts?.length ? o.note.parts.map(wording.message).join('; ') : null;
  return (
    <li className={o.available ? undefined : 'unavailable'}>
      {t(`plan.options.${o.id}`)}: {main}
      {note ? <span className="muted"> ({note})</span> : null}
      {notListed ? <span className="muted"> ({notListed})</span> : null}
      {rentOn && o.available && (o.id === 'rent' || o.id === 'hybrid') ? <div className="muted small">{t(`audit.rentOn.${rentOn.why}`, { platform: platformLabel[rentOn.platform] })}</div> : null}
      {o.sale ? (
        <div className="muted small">
          {t('plan.figure.saleVsMining', { total: money.format(o.sale.vsKeepMining12), electricity: money.format(o.sale.electricitySaved12), revenue: money.format(o.sale.miningRevenue12), inYear: money.format(o.sale.inYear) })}
        </div>
      ) : null}
      {o.hybrid ? (
        <div className="muted small">
          {t('plan.figure.hybrid', {
            share: share(o.hybrid.rentedShare),
            rentRevenue: money.format(o.hybrid.rentRevenue),
            rentElectricity: money.format(o.hybrid.rentElectricity),
            rest: t(o.hybrid.rest === 'mine' ? 'plan.figure.restMine' : 'plan.figure.restIdle'),
            restRevenue: money.format(o.hybrid.restRevenue),
            restElectricity: money.format(o.hybrid.restElectricity),
          })}
        </div>
      ) : null}
      {measured && o.id === 'own-ai' ? <div className="muted small plan-measured">{measuredText(t, fmt, measured, 'plan.figure.measured')}</div> : null}
      <StaleFlags stale={o.stale} onEdit={onEdit} />
    </li>
  );
}
