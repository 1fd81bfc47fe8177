import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/plan/types';
import { localeOf } from '../../i18n';
import type { Money } from '../earnings/money';

/** Per site: power and cooling freed by retiring loss-making ASICs, and what GPU capacity it could host. */
export function SiteSummaries({ plan, money }: { plan: Plan; money: Money }) {
  const { t, i18n } = useTranslation();
  const kw = (w: number) => `${(w / 1000).toLocaleString(localeOf(i18n.language), { maximumFractionDigits: 1 })} kW`;
  return (
    <div className="site-summaries">
      {plan.sites
        .filter((s) => plan.devices.some((d) => d.siteId === s.siteId))
        .map((s) => (
          <section key={s.siteId} className="panel" aria-label={t('plan.site.title', { name: s.name })}>
            <h3>{t('plan.site.title', { name: s.name })}</h3>
            <p>{s.retiredAsics > 0 ? t('plan.site.retired', { count: s.retiredAsics, power: kw(s.freedW) }) : t('plan.site.none')}</p>
            {s.hosts.length > 0 ? <p>{t('plan.site.hosts', { list: s.hosts.map((h) => `${h.count}× ${h.name}`).join(', ') })}</p> : null}
            <p className="muted">{t('plan.site.net', { mining: money.format(s.miningNet12), plan: money.format(s.planNet12) })}</p>
          </section>
        ))}
    </div>
  );
}
