import { auditMessage, type CostRange } from '../../../../shared/rental-audit';
import { platformLabel, type Platform } from '../../../../shared/rental-audit/rule-schema';
import type { RuleStatus } from '../../../../shared/rental-audit/rule-result';
import type { Wording } from '../../i18n/use-wording';

/** Each status has an icon as well as a word: a verdict never rests on colour alone. */
export const STATUS_ICON: Record<RuleStatus, string> = { pass: '✓', fail: '✗', unknown: '?' };

export const platformNames = (platforms: readonly Platform[]): string => platforms.map((p) => platformLabel[p]).join(', ');

/** A fix's rough price, labelled as an assumption with its date, in the interface language. */
export function costText(cost: CostRange | null, wording: Wording): string {
  if (!cost) return wording.message(auditMessage('cost-unknown'));
  // Nothing to buy (a reinstall): say what it costs instead of "0–0 USD".
  if (cost.highUsd === 0) return wording.message(auditMessage(cost.basisCode));
  return wording.message(auditMessage('cost-range', { low: Math.round(cost.lowUsd), high: Math.round(cost.highUsd), date: cost.date }));
}
