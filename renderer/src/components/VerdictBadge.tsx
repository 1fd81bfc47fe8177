import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../../shared/judge/verdict';

const ICON: Record<Verdict, string> = { yes: '✔', limited: '◐', no: '✘' };

/** Icon and word, never colour alone. */
export function VerdictBadge({ verdict, compact = false }: { verdict: Verdict; compact?: boolean }) {
  const { t } = useTranslation();
  const text = t(`common.verdict.${verdict}`);
  return (
    <span className={`verdict verdict-${verdict}`} data-verdict={verdict}>
      <span aria-hidden="true">{ICON[verdict]}</span> {compact ? null : text}
      {compact ? <span className="sr-only">{text}</span> : null}
    </span>
  );
}
