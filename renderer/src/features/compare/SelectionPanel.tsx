import { useTranslation } from 'react-i18next';
import { MAX_SUBJECTS, MIN_SUBJECTS } from '../../../../shared/compare/limits';
import type { CompareCandidate } from './candidate';

interface Props {
  inventory: CompareCandidate[];
  selected: CompareCandidate[];
  onToggle: (candidate: CompareCandidate) => void;
  onRemove: (id: string) => void;
}

/** Devices from the inventory as checkboxes, and the current pick (2–6) with a remove button each. */
export function SelectionPanel({ inventory, selected, onToggle, onRemove }: Props) {
  const { t } = useTranslation();
  const full = selected.length >= MAX_SUBJECTS;
  const isSelected = (id: string): boolean => selected.some((s) => s.id === id);
  return (
    <section className="panel compare-selection" aria-label={t('compare.selection.label')}>
      <h3>{t('compare.selection.title', { count: selected.length, min: MIN_SUBJECTS, max: MAX_SUBJECTS })}</h3>
      {inventory.length > 0 ? (
        <fieldset className="compare-inventory">
          <legend>{t('compare.selection.yours')}</legend>
          {inventory.map((c) => (
            <label key={c.id}>
              <input type="checkbox" checked={isSelected(c.id)} disabled={full && !isSelected(c.id)} onChange={() => onToggle(c)} /> {c.label}
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="muted">{t('compare.selection.none')}</p>
      )}
      <ol className="compare-picked" aria-label={t('compare.selection.picked')}>
        {selected.map((c) => (
          <li key={c.id}>
            <span>{c.label}</span>
            <button type="button" className="ghost" aria-label={t('compare.selection.remove', { label: c.label })} onClick={() => onRemove(c.id)}>
              {t('common.remove')}
            </button>
          </li>
        ))}
      </ol>
      <p className="muted" role="status">
        {selected.length < MIN_SUBJECTS
          ? t('compare.selection.more', { count: MIN_SUBJECTS - selected.length })
          : full
            ? t('compare.selection.full', { max: MAX_SUBJECTS })
            : t('compare.selection.ready', { count: selected.length })}
      </p>
    </section>
  );
}
