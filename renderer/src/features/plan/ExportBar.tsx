import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inventory } from '../../../../shared/inventory/schema';
import type { Plan } from '../../../../shared/plan/types';
import type { RentalAuditSettings, RigRentalReadiness } from '../../../../shared/rental-audit';
import { auditCsv, auditJson } from '../../../../shared/report/audit-exports';
import { inventoryCsv, planCsv, reportJson } from '../../../../shared/report/exports';
import { api } from '../../api/client';
import { download } from './download';

interface Props {
  plan: Plan;
  inventory: Inventory;
  audit: { readiness: RigRentalReadiness[]; settings: RentalAuditSettings };
  prepareReport: () => Promise<void>;
}

/** PDF (the desktop app saves it; in a browser the print dialog does), CSV and JSON of the plan, the audit and the inventory. */
export function ExportBar({ plan, inventory, audit, prepareReport }: Props) {
  const { t } = useTranslation();
  // The print hint is kept as a key, worded at each render: switching language rewords it.
  const [status, setStatus] = useState<string | null>(null);
  const PRINT_HINT = 'print-hint';
  // One export at a time: a second click while the report is prepared would print (or save) twice.
  const [busy, setBusy] = useState(false);
  const stamp = new Date().toISOString().slice(0, 10);
  // An empty plan exports nothing worth a file: every export waits for hardware.
  const empty = plan.devices.length === 0;
  const pdf = async () => {
    setStatus(null);
    await prepareReport();
    const info = await api.getAppInfo({});
    if (info.pdfExport === 'native') {
      const saved = await api.saveReportPdf({});
      setStatus(saved.path);
      return;
    }
    setStatus(PRINT_HINT);
    // The report is in the page now (print stylesheet): the browser's dialog saves it as PDF.
    window.print();
  };
  return (
    <div className="export-bar no-print" role="group" aria-label={t('plan.export.title')}>
      <span className="muted">{t('plan.export.title')}:</span>
      <button
        type="button"
        disabled={busy || empty}
        onClick={() => {
          setBusy(true);
          void pdf()
            .catch((e: unknown) => setStatus(e instanceof Error ? e.message : String(e)))
            .finally(() => setBusy(false));
        }}
      >
        {t('plan.export.pdf')}
      </button>
      <button type="button" className="ghost" disabled={empty} onClick={() => download(`rigshift-plan-${stamp}.csv`, planCsv(plan, inventory), 'text/csv')}>
        {t('plan.export.csv')} · {t('app.tabs.plan')}
      </button>
      <button type="button" className="ghost" disabled={empty} onClick={() => download(`rigshift-inventory-${stamp}.csv`, inventoryCsv(inventory), 'text/csv')}>
        {t('plan.export.csv')} · {t('app.tabs.inventory')}
      </button>
      {audit.readiness.length > 0 ? (
        <button type="button" className="ghost" disabled={empty} onClick={() => download(`rigshift-rental-audit-${stamp}.csv`, auditCsv(audit.readiness, audit.settings), 'text/csv')}>
          {t('plan.export.csv')} · {t('audit.short')}
        </button>
      ) : null}
      <button type="button" className="ghost" disabled={empty} onClick={() => download(`rigshift-report-${stamp}.json`, reportJson(plan, inventory, new Date().toISOString(), auditJson(audit.readiness, audit.settings)), 'application/json')}>
        {t('plan.export.json')}
      </button>
      {empty ? <span className="muted small">{t('plan.export.empty')}</span> : null}
      {status ? (
        <span role="status" className="muted small">
          {status === PRINT_HINT ? t('plan.export.printHint') : status}
        </span>
      ) : null}
    </div>
  );
}
