import type { PlanOption, PlanReason } from './types';

/** Why the first available option wins, against mining where mining is possible. */
export function reasonFor(ranked: PlanOption[]): PlanReason {
  const available = ranked.filter((o) => o.available);
  const [best, second] = available;
  const mine = ranked.find((o) => o.id === 'mine' && o.available);
  const base = { best: best?.net12 ?? 0, mining: mine?.net12 ?? null, runnerUp: second?.id ?? null, saleNow: ranked.find((o) => o.id === 'sell')?.sale?.now ?? null };
  if (!best) return { code: 'nothing-pays', ...base };
  switch (best.id) {
    case 'mine':
      return { code: 'keep-mining', ...base };
    case 'rent':
      return { code: 'rent-beats-mining', ...base };
    case 'own-ai':
      return { code: 'own-ai-beats-mining', ...base };
    case 'sell':
      return { code: 'sell-beats-running', ...base };
    case 'off':
      return { code: mine && mine.net12 < 0 ? 'switch-off-losing' : 'nothing-pays', ...base };
  }
}
