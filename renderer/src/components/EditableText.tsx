import { useState } from 'react';
import { useFormat } from '../i18n/use-format';
import { decimalMark, parseDecimal } from './decimal';

interface Props {
  value: string;
  label: string;
  onCommit: (value: string) => unknown;
  maxLength?: number;
  className?: string;
}

/** A text field that saves on Enter or when it loses focus; Escape puts the saved value back. */
export function EditableText({ value, label, onCommit, maxLength = 120, className }: Props) {
  const [draft, setDraft] = useState(value);
  const [saved, setSaved] = useState(value);
  // A new saved value (from the shell, or an undo) replaces the draft: adjusted during render, not in an effect.
  if (saved !== value) {
    setSaved(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft.trim() !== value) void onCommit(draft.trim());
  };
  return (
    <input
      className={className}
      aria-label={label}
      value={draft}
      maxLength={maxLength}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}

/** A number field that saves on Enter or blur; empty means "not set" (null). */
export function EditableNumber({ value, label, onCommit, min = 0, max = 1e9, step = 1 }: { value: number | null; label: string; onCommit: (value: number | null) => void; min?: number; max?: number; step?: number }) {
  // Shown with the interface language's decimal mark ("0,12" in Italian, as the figures beside it); either mark is read.
  const { locale } = useFormat();
  const mark = decimalMark(locale);
  const text = value === null ? '' : String(value).replace('.', mark);
  const [draft, setDraft] = useState(text);
  const [saved, setSaved] = useState(text);
  if (saved !== text) {
    setSaved(text);
    setDraft(text);
  }
  const commit = () => {
    const n = parseDecimal(draft);
    if (n !== null && (!Number.isFinite(n) || n < min || n > max)) return setDraft(text);
    if (n !== value) onCommit(n);
  };
  return (
    <input
      type="text"
      inputMode={step < 1 ? 'decimal' : 'numeric'}
      aria-label={label}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}
