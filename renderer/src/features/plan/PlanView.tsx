import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inventory } from '../../../../shared/inventory/schema';
import { useFormat } from '../../i18n/use-format';
import { EditableNumber } from '../../components/EditableText';
import type { MarketHook } from '../../state/use-market';
import { useMeasurements } from '../../state/use-measurements';
import type { RentalAuditHook } from '../../state/use-rental-audit';
import { RentalAuditSection } from '../audit/RentalAuditSection';
import { ExportBar } from './ExportBar';
import { PlanTable } from './PlanTable';
import { PortfolioSummary } from './PortfolioSummary';
import { ReportPrint } from './ReportPrint';
import { SiteSummaries } from './SiteSummaries';
import { usePlan } from './use-plan';

/** The answer a miner wants: what to do with each machine and why, per site, and for the fleet under three prices. */
export function PlanView({ inventory, marketHook, onEditAssumptions, auditHook }: { inventory: Inventory | null; marketHook: MarketHook; onEditAssumptions: (key?: string) => void; auditHook: RentalAuditHook }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const measurements = useMeasurements();
  const { plan, money } = usePlan(inventory, marketHook, auditHook.settings, measurements);
  // The printable report is built when first asked for (it doubles the page), then kept for later prints.
  const [report, setReport] = useState(false);
  const prepareReport = useCallback(async () => {
    setReport(true);
    await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  }, []);
  const prefs = marketHook.preferences;
  if (!plan || !money || !inventory || !prefs) return <p className="muted">{t('app.loading')}</p>;
  const electricity = money.format(prefs.electricityPerKwh / money.fx);
  return (
    <div className="view plan">
      <div className="no-print">
        <div className="view-head">
          <h2>{t('plan.title')}</h2>
          <ExportBar plan={plan} inventory={inventory} audit={{ readiness: plan.audits, settings: auditHook.settings }} prepareReport={prepareReport} />
        </div>
        <p className="muted">{t('plan.intro')}</p>
        {plan.devices.length === 0 ? (
          <section className="empty card">
            <p>{t('plan.empty')}</p>
          </section>
        ) : (
          <>
            <label className="inline-field">
              {t('plan.ownUseHours')}
              <EditableNumber value={prefs.ownUseHoursPerDay} label={t('plan.ownUseHours')} min={0} max={24} step={0.5} onCommit={(v) => void marketHook.setPreferences({ ownUseHoursPerDay: v ?? 0 })} />
            </label>
            <label className="inline-field">
              <input type="checkbox" checked={prefs.rankOwnUseAsCash} onChange={(e) => void marketHook.setPreferences({ rankOwnUseAsCash: e.target.checked })} />
              {t('plan.rankOwnUse')}
            </label>
            <PortfolioSummary plan={plan} money={money} />
            <SiteSummaries plan={plan} money={money} />
            <section className="panel">
              <PlanTable plan={plan} inventory={inventory} money={money} links={marketHook.market ? { market: marketHook.market, hours: prefs.ownUseHoursPerDay, onEdit: onEditAssumptions } : undefined} />
            </section>
            <RentalAuditSection readiness={plan.audits} hook={auditHook} />
            {plan.skipped.length > 0 ? <p className="muted">{t('plan.skipped', { names: plan.skipped.map((s) => s.name).join(', ') })}</p> : null}
            {plan.missing.length > 0 ? (
              <p className="muted plan-missing">{t('plan.missing', { names: plan.missing.map((m) => t('plan.missingItem', { name: m.name, date: fmt.day(m.lastSeen.slice(0, 10)) })).join(', ') })}</p>
            ) : null}
            <p className="muted small">
              {t('plan.assumptions', { price: electricity, origin: t('plan.originApp'), hours: prefs.ownUseHoursPerDay })}{' '}
              <button type="button" className="link" onClick={() => onEditAssumptions()}>
                {t('app.tabs.earnings')} →
              </button>
            </p>
          </>
        )}
      </div>
      {report ? <ReportPrint plan={plan} inventory={inventory} measurements={measurements} audit={{ readiness: plan.audits, settings: auditHook.settings }} money={money} electricity={electricity} hours={prefs.ownUseHoursPerDay} /> : null}
    </div>
  );
}
