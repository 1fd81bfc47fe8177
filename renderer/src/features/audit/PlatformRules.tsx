import { useTranslation } from 'react-i18next';
import type { PlatformAudit, RuleOverride } from '../../../../shared/rental-audit';
import { platformLabel } from '../../../../shared/rental-audit/rule-schema';
import { RuleRow } from './RuleRow';

/** One platform's verdict for a rig, and every rule behind it. */
export function PlatformRules({ platform: p, onEditRule }: { platform: PlatformAudit; onEditRule?: (ruleId: string, edit: RuleOverride | null) => void }) {
  const { t } = useTranslation();
  const name = platformLabel[p.platform];
  return (
    <details className={`audit-platform audit-${p.verdict}`}>
      <summary>
        <strong>{name}</strong>: {t(`audit.verdict.${p.verdict}`)}
      </summary>
      <table className="audit-rules">
        <caption className="sr-only">{t('audit.rulesOf', { platform: name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.result')}</th>
            <th scope="col">{t('audit.measuredVsRequired')}</th>
            <th scope="col">{t('audit.source')}</th>
          </tr>
        </thead>
        <tbody>
          {p.results.map((r) => (
            <RuleRow key={r.rule.id} result={r} onEdit={onEditRule ? (edit) => onEditRule(r.rule.id, edit) : undefined} />
          ))}
        </tbody>
      </table>
    </details>
  );
}
