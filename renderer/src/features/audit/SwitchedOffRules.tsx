import { useTranslation } from 'react-i18next';
import type { RuleOverrides } from '../../../../shared/rental-audit';

/** Rules the user switched off leave every audit: listed here, each with a way back on (as shipped). */
export function SwitchedOffRules({ overrides, onReset }: { overrides: RuleOverrides; onReset: (ruleId: string) => void }) {
  const { t } = useTranslation();
  const off = Object.entries(overrides).filter(([, o]) => o.enabled === false).map(([id]) => id);
  if (off.length === 0) return null;
  return (
    <p className="small">
      {t('audit.switchedOff', { rules: off.join(', ') })}{' '}
      {off.map((id) => (
        <button key={id} type="button" className="ghost" onClick={() => onReset(id)}>
          {t('audit.switchOn', { rule: id })}
        </button>
      ))}
    </p>
  );
}
