import { useState } from 'react';

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
  const text = value === null ? '' : String(value);
  const [draft, setDraft] = useState(text);
  const [saved, setSaved] = useState(text);
  if (saved !== text) {
    setSaved(text);
    setDraft(text);
  }
  const commit = () => {
    const n = draft.trim() === '' ? null : Number(draft);
    if (n !== null && (!Number.isFinite(n) || n < min || n > max)) return setDraft(text);
    if (n !== value) onCommit(n);
  };
  return <input type="number" aria-label={label} value={draft} min={min} max={max} step={step} onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />;
}
