import { useTranslation } from 'react-i18next';
import type { RigRentalReadiness } from '../../../../shared/rental-audit';
import type { RentalAuditHook } from '../../state/use-rental-audit';
import { RigAuditCard } from './RigAuditCard';
import { SwitchedOffRules } from './SwitchedOffRules';

/** The rental readiness audit of every rig (Plan and Earnings show the same one). */
export function RentalAuditSection({ readiness, hook }: { readiness: RigRentalReadiness[]; hook: RentalAuditHook }) {
  const { t } = useTranslation();
  return (
    <section className="panel rental-audit" aria-label={t('audit.title')}>
      <h3>{t('audit.title')}</h3>
      <p className="muted small">{t('audit.intro')}</p>
      {hook.error ? <p role="alert">{hook.error}</p> : null}
      {hook.invalid ? <p role="alert">{t('audit.invalidEdit')}</p> : null}
      <SwitchedOffRules overrides={hook.settings.ruleOverrides} onReset={(id) => hook.change({ ruleOverrides: { [id]: null } })} />
      {readiness.length === 0 ? <p className="muted">{t('audit.none')}</p> : readiness.map((r) => <RigAuditCard key={r.audit.rigId} readiness={r} hook={hook} />)}
    </section>
  );
}
