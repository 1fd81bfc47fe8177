import { useTranslation } from 'react-i18next';
import type { RentEligibility } from '../../../../shared/rental-audit';
import { platformLabel } from '../../../../shared/rental-audit/rule-schema';
import { platformNames } from './audit-words';

/** Which platforms Rent counts for a rig now, which it would with fixes ticked, and which only if unknown rules pass. */
export function RentSummary({ rent }: { rent: RentEligibility }) {
  const { t } = useTranslation();
  const waiting = rent.excluded.filter((e) => e.why === 'fixes-not-ticked');
  return (
    <div className="audit-rent">
      <p>
        <strong>{rent.counted.length > 0 ? t('audit.rentCounts', { platforms: platformNames(rent.counted) }) : t('audit.rentCountsNone')}</strong>
      </p>
      <ul className="small muted">
        {waiting.map((e) => (
          <li key={e.platform}>{t('audit.excludedFixes', { platform: platformLabel[e.platform] })}</li>
        ))}
        {rent.unchecked.map((u) => (
          <li key={u.platform}>{t('audit.ifUnknown', { platform: platformLabel[u.platform], rules: u.ruleIds.join(', ') })}</li>
        ))}
      </ul>
    </div>
  );
}
