import { useTranslation } from 'react-i18next';
import type { RentalAuditSettings, RigRentalReadiness } from '../../../../shared/rental-audit';
import { noUserInputs } from '../../../../shared/rental-audit/rig';
import { platformLabel } from '../../../../shared/rental-audit/rule-schema';
import { useWording } from '../../i18n/use-wording';
import { costText, platformNames, STATUS_ICON } from '../audit/audit-words';

/** For the report: per rig, the platforms that remain and Rent counts, the fixes (ticked or not) and the rules that failed or could not be checked. */
export function ReportAudit({ readiness, settings }: { readiness: RigRentalReadiness[]; settings: RentalAuditSettings }) {
  const { t } = useTranslation();
  const wording = useWording();
  if (readiness.length === 0) return null;
  const shown = (n: number | null) => (n === null ? '?' : String(n));
  return (
    <section className="report-audit">
      <h2>{t('report.auditTitle')}</h2>
      {readiness.map(({ audit, rent }) => {
        const inputs = settings.userInputs[audit.rigId] ?? noUserInputs;
        const ticked = settings.tickedFixes[audit.rigId] ?? [];
        const open = audit.platforms.flatMap((p) => p.results.filter((r) => r.status !== 'pass').map((r) => ({ p, r })));
        return (
          <section key={audit.rigId} className="panel">
            <h3>{t('audit.rig', { name: audit.rigName })}</h3>
            <p>
              {audit.platforms.map((p) => wording.message(p.message)).join(' · ')}
              <br />
              <strong>{t('report.rentCounts')}:</strong> {rent.counted.length > 0 ? platformNames(rent.counted) : '—'} · <span className="muted">{t('report.inputs', { down: shown(inputs.downlinkMbps), up: shown(inputs.uplinkMbps), uptime: shown(inputs.uptimePercent) })}</span>
            </p>
            {audit.fixes.length > 0 ? (
              <>
                <h4>{t('report.fixes')}</h4>
                <ul>
                  {audit.fixes.map((f) => (
                    <li key={f.key}>
                      {ticked.includes(f.key) ? '☑' : '☐'} {wording.message(f.message)} <span className="muted">· {costText(f.cost, wording)}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <h4>{t('report.rules')}</h4>
            <ul className="small">
              {open.length === 0 ? <li>{t('report.noneFailed')}</li> : null}
              {open.map(({ p, r }) => (
                <li key={`${p.platform}-${r.rule.id}`}>
                  {STATUS_ICON[r.status]} {platformLabel[p.platform]}: {wording.message(r.message)} <span className="muted">({t('audit.sourceRead', { title: r.rule.source.title, date: r.rule.readOn })})</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
