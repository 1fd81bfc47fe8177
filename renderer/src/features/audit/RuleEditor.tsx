import { useTranslation } from 'react-i18next';
import { thresholdOf, type EffectiveRule, type RuleOverride } from '../../../../shared/rental-audit';
import { EditableNumber } from '../../components/EditableText';

/** Changes one rule: its threshold (in its own unit), on or off, or back as shipped. */
export function RuleEditor({ rule, onEdit, onClose }: { rule: EffectiveRule; onEdit: (edit: RuleOverride | null) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const threshold = thresholdOf(rule);
  return (
    <div className="rule-editor" role="group" aria-label={t('audit.editRuleLabel', { rule: rule.id })}>
      {threshold !== null ? (
        <label className="inline-field">
          {t('audit.threshold')}
          <EditableNumber value={threshold} label={t('audit.thresholdLabel', { rule: rule.id })} min={0} max={1_000_000} step={0.1} onCommit={(v) => v !== null && onEdit({ threshold: v })} />
        </label>
      ) : null}
      <label className="inline-field">
        <input type="checkbox" checked onChange={() => onEdit({ enabled: false })} /> {t('audit.enabled')}
      </label>
      <button type="button" className="ghost" onClick={() => onEdit(null)}>
        {t('audit.resetRule')}
      </button>
      <button type="button" className="ghost" onClick={onClose}>
        {t('audit.done')}
      </button>
    </div>
  );
}
