import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { thresholdOf, type EffectiveRule, type RuleOverride } from '../../../../shared/rental-audit';
import { EditableNumber } from '../../components/EditableText';

/** Further GPU models a platform takes, as patterns separated by commas (e.g. "RX 580"). */
function PatternField({ rule, onEdit }: { rule: EffectiveRule & { kind: 'gpu-allowed' }; onEdit: (edit: RuleOverride) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(rule.extraModelPatterns.join(', '));
  const commit = () => onEdit({ extraModelPatterns: draft.split(',').map((p) => p.trim()).filter(Boolean) });
  return (
    <label className="inline-field">
      {t('audit.extraModels')}
      <input type="text" value={draft} aria-label={t('audit.extraModelsLabel', { rule: rule.id })} onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
    </label>
  );
}

/** Changes one rule: its threshold (in its own unit), the GPU models it also takes, on or off, or back as shipped. */
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
      {rule.kind === 'gpu-allowed' ? <PatternField rule={rule} onEdit={onEdit} /> : null}
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
