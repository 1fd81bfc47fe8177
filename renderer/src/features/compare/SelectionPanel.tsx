import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SUBJECTS, MIN_SUBJECTS } from '../../../../shared/compare/limits';
import type { CompareCandidate } from './candidate';
import { PICKER_SHOWN, pickerCandidates } from './candidate-filter';

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
  const [query, setQuery] = useState('');
  const pickedIds = useMemo(() => new Set(selected.map((s) => s.id)), [selected]);
  const isSelected = (id: string): boolean => pickedIds.has(id);
  // A large inventory (a farm of 200 cards) is filtered by typing rather than listed whole.
  const { shown, matching } = useMemo(() => pickerCandidates(inventory, pickedIds, query), [inventory, pickedIds, query]);
  const filtering = inventory.length > PICKER_SHOWN;
  return (
    <section className="panel compare-selection" aria-label={t('compare.selection.label')}>
      <h3>{t('compare.selection.title', { count: selected.length, min: MIN_SUBJECTS, max: MAX_SUBJECTS })}</h3>
      {inventory.length > 0 ? (
        <fieldset className="compare-inventory">
          <legend>{t('compare.selection.yours')}</legend>
          {filtering ? (
            <>
              <label className="compare-filter">
                {t('compare.selection.filter')}
                <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
              </label>
              <p className="muted small" role="status">
                {matching === 0 ? t('compare.selection.filterNone') : matching > PICKER_SHOWN ? t('compare.selection.filterShown', { shown: PICKER_SHOWN, matching }) : ''}
              </p>
            </>
          ) : null}
          {shown.map((c) => (
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
