import { auditMessage, type CostRange } from '../../../../shared/rental-audit';
import { platformLabel, type Platform } from '../../../../shared/rental-audit/rule-schema';
import type { RuleStatus } from '../../../../shared/rental-audit/rule-result';
import type { Wording } from '../../i18n/use-wording';

/** Each status has an icon as well as a word: a verdict never rests on colour alone. */
export const STATUS_ICON: Record<RuleStatus, string> = { pass: '✓', fail: '✗', unknown: '?' };

export const platformNames = (platforms: readonly Platform[]): string => platforms.map((p) => platformLabel[p]).join(', ');

/** A fix's rough price, labelled as an assumption with its date, in the interface language. */
export const costText = (cost: CostRange | null, wording: Wording): string =>
  wording.message(cost ? auditMessage('cost-range', { low: Math.round(cost.lowUsd), high: Math.round(cost.highUsd), date: cost.date }) : auditMessage('cost-unknown'));
