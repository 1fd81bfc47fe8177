import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../../shared/judge/verdict';

const ICON: Record<Verdict, string> = { yes: '✔', limited: '◐', no: '✘' };

/**
 * Icon and word, never colour alone. `text` is the verdict's word in the UI language: long lists pass it from their
 * own translation hook (one hook per badge costs more than the badge).
 */
export function VerdictMark({ verdict, text, compact = false }: { verdict: Verdict; text: string; compact?: boolean }) {
  return (
    <span className={`verdict verdict-${verdict}`} data-verdict={verdict}>
      <span aria-hidden="true">{ICON[verdict]}</span> {compact ? null : text}
      {compact ? <span className="sr-only">{text}</span> : null}
    </span>
  );
}

/** A verdict badge that finds its own word. */
export function VerdictBadge({ verdict, compact = false }: { verdict: Verdict; compact?: boolean }) {
  const { t } = useTranslation();
  return <VerdictMark verdict={verdict} text={t(`common.verdict.${verdict}`)} compact={compact} />;
}
