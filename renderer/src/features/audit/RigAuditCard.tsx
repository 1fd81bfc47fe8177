import { useTranslation } from 'react-i18next';
import type { RigRentalReadiness } from '../../../../shared/rental-audit';
import type { RentalAuditHook } from '../../state/use-rental-audit';
import { useWording } from '../../i18n/use-wording';
import { FixList } from './FixList';
import { PlatformRules } from './PlatformRules';
import { RentSummary } from './RentSummary';
import { RigInputs } from './RigInputs';

/** One rig's audit: what Rent counts, the line and uptime to enter, the fixes to tick, and each platform's rules. */
export function RigAuditCard({ readiness: { audit, rent }, hook }: { readiness: RigRentalReadiness; hook: RentalAuditHook }) {
  const { t } = useTranslation();
  const wording = useWording();
  const rigId = audit.rigId;
  return (
    <section className="panel rig-audit" aria-label={t('audit.rig', { name: audit.rigName })}>
      <h4>{t('audit.rig', { name: audit.rigName })}</h4>
      <p>{wording.message(audit.message)}</p>
      <RentSummary rent={rent} audit={audit} />
      <RigInputs rigName={audit.rigName} inputs={hook.settings.userInputs[rigId]} onChange={(userInputs) => hook.change({ rigId, userInputs })} />
      <FixList fixes={audit.fixes} ticked={hook.settings.tickedFixes[rigId] ?? []} onTick={(tickedFixes) => hook.change({ rigId, tickedFixes })} />
      {audit.platforms.map((p) => (
        <PlatformRules key={p.platform} platform={p} onEditRule={(ruleId, edit) => hook.change({ ruleOverrides: { [ruleId]: edit } })} />
      ))}
    </section>
  );
}
