import { RigError } from '../../../shared/api/envelope';
import { marketSources, type SourceId } from '../../../shared/market/update-sources';

/**
 * RIGSHIFT_MARKET_BASE_URLS='{"mempool":"http://127.0.0.1:8999"}' points sources at a local server (tests, a self-hosted
 * mempool). Only loopback addresses are accepted: the public APIs are fixed in shared/market/update-sources.ts, so a
 * setting cannot send the app to some other host.
 */
export function marketBaseUrls(env: NodeJS.ProcessEnv): Partial<Record<SourceId, string>> {
  const raw = env.RIGSHIFT_MARKET_BASE_URLS;
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new RigError('invalid_input', 'RIGSHIFT_MARKET_BASE_URLS is not JSON (expected {"mempool":"http://127.0.0.1:port"})');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new RigError('invalid_input', 'RIGSHIFT_MARKET_BASE_URLS must be a JSON object of source → URL');
  const out: Partial<Record<SourceId, string>> = {};
  for (const [id, value] of Object.entries(parsed)) {
    if (!isSourceId(id)) throw new RigError('invalid_input', `RIGSHIFT_MARKET_BASE_URLS: unknown source "${id.slice(0, 40)}"`);
    if (typeof value !== 'string' || !isLoopback(value)) throw new RigError('invalid_input', `RIGSHIFT_MARKET_BASE_URLS: ${id} must be an http(s) URL on 127.0.0.0/8, localhost or [::1]`);
    out[id] = value.replace(/\/+$/, '');
  }
  return out;
}

const isSourceId = (id: string): id is SourceId => marketSources.some((s) => s.id === id);

function isLoopback(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    return url.hostname === 'localhost' || url.hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(url.hostname);
  } catch {
    return false;
  }
}
