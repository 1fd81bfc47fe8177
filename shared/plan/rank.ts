import type { PlanOption, RankingBasis } from './types';

/**
 * Available options first; on basis 'cash', options that pay money before own AI use (a value, not income); then by
 * rankUsd, highest first.
 */
export function rankOptions(options: readonly PlanOption[], basis: RankingBasis): PlanOption[] {
  const valueLast = (o: PlanOption): number => (basis === 'cash' && o.kind === 'value' ? 1 : 0);
  return [...options].sort((a, b) => Number(b.available) - Number(a.available) || valueLast(a) - valueLast(b) || b.rankUsd - a.rankUsd);
}
