import type { PlanOption, PlanReason, RankingBasis } from './types';

const CODES = {
  mine: 'keep-mining',
  rent: 'rent-beats-mining',
  hybrid: 'hybrid-beats-mining',
  'own-ai': 'own-ai-beats-mining',
  sell: 'sell-beats-running',
} as const;

/** Why the first available option wins, against mining where mining is possible, and on which basis it was ranked. */
export function reasonFor(ranked: PlanOption[], basis: RankingBasis): PlanReason {
  const available = ranked.filter((o) => o.available);
  const [best, second] = available;
  const mine = ranked.find((o) => o.id === 'mine' && o.available);
  const base = { best: best?.net12 ?? 0, mining: mine?.net12 ?? null, runnerUp: second?.id ?? null, saleNow: ranked.find((o) => o.id === 'sell')?.sale?.priceNow ?? null, basis };
  if (!best) return { code: 'nothing-pays', ...base };
  if (best.id === 'off') return { code: mine && mine.net12 < 0 ? 'switch-off-losing' : 'nothing-pays', ...base };
  return { code: CODES[best.id], ...base };
}
