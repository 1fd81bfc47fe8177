import type { Dispatch } from '../../../shared/api/dispatcher';
import { MarketStateSchema, UpdateMarketResultSchema, type MarketSourceReport, type MarketState } from '../../../shared/api/market-schemas';
import { figureLabel } from '../../../shared/market/figure-labels';
import { formatFigureValue } from '../../../shared/units/human-number';
import { sanitiseText } from '../../../shared/text/sanitise';
import { UsageError } from '../args';

export const MARKET_USAGE = `  market update                Fetch fresh coin prices, difficulty, network hashrate and fees from public APIs
                               (mempool.space, litecoinspace.org, api.kaspa.org); only when asked, a failure keeps
                               the old figures
    --json                     Print { sources, figures } as JSON
  market show                  The market figures in use, with their dates and sources
    --json
`;

export interface MarketArgs {
  action: 'update' | 'show';
  json: boolean;
}

export function parseMarketArgs(argv: string[]): MarketArgs {
  const [, action, ...rest] = argv;
  if (action !== 'update' && action !== 'show') throw new UsageError(`market: expected "update" or "show", got ${action ? `"${action.slice(0, 40)}"` : 'nothing'}`);
  const unknown = rest.filter((a) => a !== '--json');
  if (unknown.length > 0) throw new UsageError(`market ${action}: unknown option ${unknown[0]?.slice(0, 40)}`);
  return { action, json: rest.includes('--json') };
}

/** The figures in use: fetched ones over the shipped defaults (the user's overrides are listed apart). */
const figuresInUse = (state: MarketState) => ({ ...state.defaults, ...state.updates.figures });

export async function runMarket(dispatch: Dispatch, args: MarketArgs): Promise<{ text: string; failed: boolean }> {
  if (args.action === 'show') {
    const env = await dispatch('getMarket', {});
    if (!env.ok) throw new Error(env.error.message);
    const state = MarketStateSchema.parse(env.data);
    const figures = figuresInUse(state);
    return { text: args.json ? JSON.stringify({ figures, overrides: state.overrides, fetchedAt: state.updates.fetchedAt }, null, 2) : formatFigures(figures, state), failed: false };
  }
  const env = await dispatch('updateMarket', {});
  if (!env.ok) throw new Error(env.error.message);
  const { sources, state } = UpdateMarketResultSchema.parse(env.data);
  const failed = sources.every((s) => s.updated.length === 0);
  if (args.json) return { text: JSON.stringify({ sources, figures: state.updates.figures, fetchedAt: state.updates.fetchedAt }, null, 2), failed };
  return { text: [...sources.map(formatSource), '', failed ? 'No figure could be updated: the previous figures are kept.' : `Updated figures are stored with their date and source; your own overrides still win.`].join('\n'), failed };
}

function formatSource(r: MarketSourceReport): string {
  const lines = [`${r.name} (${r.url}): ${r.updated.length} updated${r.updated.length > 0 ? ` — ${r.updated.map(figureLabel).join(', ')}` : ''}`];
  for (const x of r.rejected) lines.push(`  ignored ${x.key}: ${x.reason}`);
  if (r.error) lines.push(`  failed: ${r.error} (old figures kept)`);
  return lines.join('\n');
}

/** One figure a line: its label, the value for people, then whose it is (yours, or its date and whole source). */
function formatFigures(figures: MarketState['defaults'], state: MarketState): string {
  return Object.entries(figures)
    .filter(([key]) => !key.includes(':'))
    .map(([key, f]) => `${figureLabel(key).padEnd(36)} ${formatFigureValue(state.overrides[key] ?? f.value, f.unit).padEnd(18)} ${key in state.overrides ? 'yours' : `${f.date}  ${sanitiseText(f.source)}`}`)
    .join('\n');
}
