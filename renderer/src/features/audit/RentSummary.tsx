import { useTranslation } from 'react-i18next';
import type { RentEligibility, RigAudit } from '../../../../shared/rental-audit';
import { useWording } from '../../i18n/use-wording';
import { platformLabel } from '../../../../shared/rental-audit/rule-schema';
import { platformNames } from './audit-words';

/** Which platforms Rent counts for a rig now, which it would with fixes ticked, and which only if unknown rules pass. */
export function RentSummary({ rent, audit }: { rent: RentEligibility; audit: RigAudit }) {
  const { t } = useTranslation();
  const wording = useWording();
  // A rule not yet known, in words (measured "?" against what is required).
  const ruleText = (ruleId: string): string => {
    const result = audit.platforms.flatMap((p) => p.results).find((r) => r.rule.id === ruleId);
    return result ? wording.message(result.message) : ruleId;
  };
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
          <li key={u.platform}>{t('audit.ifUnknown', { platform: platformLabel[u.platform], rules: u.ruleIds.map(ruleText).join('; ') })}</li>
        ))}
      </ul>
    </div>
  );
}
