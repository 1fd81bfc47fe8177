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
  const full = selected.length >= MAX_SUBJECTS;
  const isSelected = (id: string): boolean => selected.some((s) => s.id === id);
  return (
    <section className="panel compare-selection" aria-label="Devices to compare">
      <h3>
        Compare {selected.length} of {MIN_SUBJECTS}–{MAX_SUBJECTS} devices
      </h3>
      {inventory.length > 0 ? (
        <fieldset className="compare-inventory">
          <legend>Your hardware</legend>
          {inventory.map((c) => (
            <label key={c.id}>
              <input type="checkbox" checked={isSelected(c.id)} disabled={full && !isSelected(c.id)} onChange={() => onToggle(c)} /> {c.label}
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="muted">No scanned or hand-added hardware yet: pick models from the catalogue below.</p>
      )}
      <ol className="compare-picked" aria-label="Picked devices">
        {selected.map((c) => (
          <li key={c.id}>
            <span>{c.label}</span>
            <button type="button" className="ghost" aria-label={`Remove ${c.label} from the comparison`} onClick={() => onRemove(c.id)}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <p className="muted" role="status">
        {selected.length < MIN_SUBJECTS
          ? `Pick ${MIN_SUBJECTS - selected.length} more to compare.`
          : full
            ? `${MAX_SUBJECTS} devices is the most one comparison shows; remove one to add another.`
            : `${selected.length} devices side by side.`}
      </p>
    </section>
  );
}
