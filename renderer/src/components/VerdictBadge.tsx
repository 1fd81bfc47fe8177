import type { Verdict } from '../../../shared/judge/verdict';

const LABEL: Record<Verdict, { icon: string; text: string }> = {
  yes: { icon: '✔', text: 'Yes' },
  limited: { icon: '◐', text: 'Limited' },
  no: { icon: '✘', text: 'No' },
};

/** Icon and word, never colour alone. */
export function VerdictBadge({ verdict, compact = false }: { verdict: Verdict; compact?: boolean }) {
  const { icon, text } = LABEL[verdict];
  return (
    <span className={`verdict verdict-${verdict}`} data-verdict={verdict}>
      <span aria-hidden="true">{icon}</span> {compact ? null : text}
      {compact ? <span className="sr-only">{text}</span> : null}
    </span>
  );
}
