import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleOverride, RuleResult } from '../../../../shared/rental-audit';
import { useWording } from '../../i18n/use-wording';
import { STATUS_ICON } from './audit-words';
import { RuleEditor } from './RuleEditor';

/** One rule against one rig: pass / fail / unknown, measured against required, its source and date, and an edit. */
export function RuleRow({ result: r, onEdit }: { result: RuleResult; onEdit?: (edit: RuleOverride | null) => void }) {
  const { t } = useTranslation();
  const wording = useWording();
  const [editing, setEditing] = useState(false);
  const tags = [r.rule.basis === 'inferred' ? t('audit.inferred') : null, r.rule.blocking ? null : t('audit.notBlocking'), r.rule.edited ? t('audit.edited') : null].filter(Boolean);
  return (
    <tr className={`audit-${r.status}`}>
      <td>
        <span aria-hidden="true">{STATUS_ICON[r.status]}</span> {t(`audit.status.${r.status}`)}
      </td>
      <td>
        {wording.message(r.message)}
        {tags.length > 0 ? <span className="muted small"> ({tags.join(', ')})</span> : null}
        {editing && onEdit ? <RuleEditor rule={r.rule} onEdit={onEdit} onClose={() => setEditing(false)} /> : null}
      </td>
      <td className="small">
        <a href={r.rule.source.ref} target="_blank" rel="noreferrer">
          {t('audit.sourceRead', { title: r.rule.source.title, date: r.rule.readOn })}
        </a>
        {onEdit && !editing ? (
          <button type="button" className="link no-print" aria-label={t('audit.editRuleLabel', { rule: r.rule.id })} onClick={() => setEditing(true)}>
            {t('audit.editRule')}
          </button>
        ) : null}
      </td>
    </tr>
  );
}
