import { useTranslation } from 'react-i18next';
import type { PlanOptionId, PlanReason } from '../../../../shared/plan/types';
import type { Money } from '../earnings/money';

/** Each option has an icon as well as a word: the recommendation never rests on colour alone. */
export const OPTION_ICON: Record<PlanOptionId, string> = { mine: '⚒', rent: '⇄', hybrid: '⇆', 'own-ai': '✦', sell: '↗', off: '○' };

/** The one-sentence reason, worded in the UI's language with the money figures formatted. */
export function ReasonText({ reason, money }: { reason: PlanReason; money: Money }) {
  const { t } = useTranslation();
  return <>{t(`plan.reasons.${reason.code}`, { best: money.format(reason.best), mining: reason.mining === null ? '—' : money.format(reason.mining), sale: reason.saleNow === null ? '—' : money.format(reason.saleNow) })}</>;
}
