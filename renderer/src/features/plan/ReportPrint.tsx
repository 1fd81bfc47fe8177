import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredMeasurement } from '../../../../shared/bench/stored-measurement';
import type { Inventory } from '../../../../shared/inventory/schema';
import type { Plan } from '../../../../shared/plan/types';
import type { RentalAuditSettings, RigRentalReadiness } from '../../../../shared/rental-audit';
import { localeOf } from '../../i18n';
import type { Money } from '../earnings/money';
import { PlanTable } from './PlanTable';
import { PortfolioSummary } from './PortfolioSummary';
import { ReportAudit } from './ReportAudit';
import { ReportVerdicts } from './ReportVerdicts';
import { inventoryVerdicts } from './report-verdicts';
import { SiteSummaries } from './SiteSummaries';

/** The printable report (hidden on screen; the print stylesheet shows only this): plan, charts, AI verdicts, rental audit and inventory. */
interface Props {
  plan: Plan;
  inventory: Inventory;
  /** The stored measurements: each rig's own go beside its cards' verdicts. */
  measurements: readonly StoredMeasurement[];
  audit: { readiness: RigRentalReadiness[]; settings: RentalAuditSettings };
  money: Money;
  electricity: string;
  hours: number;
}

export function ReportPrint({ plan, inventory, measurements, audit, money, electricity, hours }: Props) {
  const { t, i18n } = useTranslation();
  const machines = useMemo(() => inventoryVerdicts(inventory, new Date(), measurements), [inventory, measurements]);
  const date = new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'long', timeStyle: 'short' }).format(new Date());
  return (
    <article className="report-print" aria-hidden="true">
      <header>
        <h1>RigShift — {t('plan.title')}</h1>
        <p>{date}</p>
      </header>
      <PortfolioSummary plan={plan} money={money} printWidth={640} />
      <SiteSummaries plan={plan} money={money} />
      <PlanTable plan={plan} inventory={inventory} money={money} />
      <ReportVerdicts machines={machines} />
      <ReportAudit readiness={audit.readiness} settings={audit.settings} />
      <h2>{t('app.tabs.inventory')}</h2>
      <table className="plan-table">
        <tbody>
          {inventory.items.map((i) => (
            <tr key={i.id}>
              <th scope="row">{i.count > 1 ? `${i.count}× ${i.name}` : i.name}</th>
              <td>{inventory.sites.find((s) => s.id === i.siteId)?.name}</td>
              <td>{i.rigId ? inventory.rigs.find((r) => r.id === i.rigId)?.name : ''}</td>
              <td>{i.notes}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small">{t('plan.assumptions', { price: electricity, origin: t('plan.originApp'), hours })}</p>
    </article>
  );
}
