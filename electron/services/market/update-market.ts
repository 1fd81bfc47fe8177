import type { AbortSignalLike } from '../../../shared/api/abort';
import type { MarketSourceReport, UpdateMarketResult } from '../../../shared/api/market-schemas';
import { marketDefaults } from '../../../shared/market/defaults';
import type { Figure } from '../../../shared/market/figure';
import { checkFetched, fetchedFigure } from '../../../shared/market/market-updates';
import { marketSources, type MarketSource, type SourceId } from '../../../shared/market/update-sources';
import { marketState } from '../market-handlers';
import type { SettingsStore } from '../settings/settings-store';
import { fetchJson, FetchProblem } from './fetch-json';

export interface UpdateOptions {
  /** Loopback replacements for the public base URLs (see endpoints.ts). */
  baseUrls?: Partial<Record<SourceId, string>>;
  timeoutMs?: number;
  signal?: AbortSignalLike;
  now?: () => Date;
}

interface SourceOutcome {
  report: MarketSourceReport;
  figures: Record<string, Figure>;
}

/**
 * "Update market figures": reads each public source (in parallel; each request bounded in time and size, each reply
 * validated), keeps every figure that is plausible next to the shipped one, and stores them with their date and
 * source. Whatever fails keeps the figure it had; nothing is sent but the GET requests themselves.
 */
export async function updateMarket(settings: SettingsStore, options: UpdateOptions = {}): Promise<UpdateMarketResult> {
  const at = (options.now ?? (() => new Date()))();
  const outcomes = await Promise.all(marketSources.map((source) => readSource(source, options.baseUrls?.[source.id] ?? source.baseUrl, at, options)));
  const fetched = Object.assign({}, ...outcomes.map((o) => o.figures)) as Record<string, Figure>;
  if (Object.keys(fetched).length > 0) {
    settings.update((current) => ({ ...current, marketUpdates: { figures: { ...current.marketUpdates.figures, ...fetched }, fetchedAt: at.toISOString() } }));
  }
  return { state: marketState(settings), sources: outcomes.map((o) => o.report) };
}

async function readSource(source: MarketSource, base: string, at: Date, options: UpdateOptions): Promise<SourceOutcome> {
  const report: MarketSourceReport = { source: source.id, name: source.name, url: base, updated: [], rejected: [], error: null, problem: null };
  const figures: Record<string, Figure> = {};
  const errors: string[] = [];
  for (const request of source.requests) {
    const url = `${base}${request.path}`;
    let reply: unknown;
    try {
      reply = await fetchJson(url, { timeoutMs: options.timeoutMs, signal: options.signal });
    } catch (error) {
      errors.push(`${request.path}: ${error instanceof FetchProblem ? error.message : 'could not be read'}`);
      report.problem ??= error instanceof FetchProblem ? error.code : 'unreachable';
      continue;
    }
    const parsed = request.schema.safeParse(reply);
    if (!parsed.success) {
      errors.push(`${request.path}: the reply does not have the expected fields (${parsed.error.issues[0]?.path.join('.') || 'shape'})`);
      report.problem ??= 'unexpected-reply';
      continue;
    }
    const values = request.figures(parsed.data as never);
    for (const key of request.keys) {
      const value = values[key];
      if (value === undefined) continue;
      const shipped = marketDefaults[key];
      const problem = checkFetched(key, value, shipped);
      if (problem || !shipped) report.rejected.push({ key, reason: (problem ?? 'unknown figure').slice(0, 300) });
      else {
        figures[key] = fetchedFigure(value, shipped, `${source.name} ${request.path.replace(/\?.*$/, '')}`, at);
        report.updated.push(key);
      }
    }
  }
  report.error = errors.length > 0 ? errors.join('; ').slice(0, 300) : null;
  return { report, figures };
}
