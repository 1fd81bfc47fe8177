import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The four public market APIs, served on 127.0.0.1 with replies shaped like the real ones (mempool.space REST docs,
 * litecoinspace.org, kaspa-rest-server), each route switchable to a failure: silence, not JSON, a wrong shape, an
 * HTTP error, an oversized body or an implausible value.
 */
export type Behaviour = 'ok' | 'hang' | 'not-json' | 'wrong-shape' | 'http-500' | 'huge' | { body: unknown };

export interface FakeMarketApis {
  baseUrl: string;
  /** RIGSHIFT_MARKET_BASE_URLS pointing every source here. */
  envValue: string;
  set(route: string, behaviour: Behaviour): void;
  /** Every route back to its realistic reply. */
  reset(): void;
  hits: string[];
  close(): Promise<void>;
}

export const realisticReplies: Record<string, unknown> = {
  '/btc/api/v1/prices': { time: 1764950400, USD: 91_250, EUR: 78_475, GBP: 68_900, CAD: 126_000, CHF: 73_200, AUD: 139_000, JPY: 14_100_000 },
  '/btc/api/v1/mining/hashrate/3d': {
    hashrates: [{ timestamp: 1764806400, avgHashrate: 1.05e21 }, { timestamp: 1764892800, avgHashrate: 1.07e21 }],
    difficulty: [{ time: 1764558134, height: 925_344, difficulty: 149.3e12, adjustment: 1.0123 }],
    currentHashrate: 1.069e21,
    currentDifficulty: 149.3e12,
  },
  '/btc/api/v1/mining/blocks/fees/24h': [
    { avgHeight: 926_001, timestamp: 1764900000, avgFees: 1_800_000, USD: 91_000 },
    { avgHeight: 926_004, timestamp: 1764902000, avgFees: 2_200_000, USD: 91_100 },
  ],
  '/ltc/api/v1/prices': { time: 1764950400, USD: 82.4, EUR: 70.9 },
  '/ltc/api/v1/mining/hashrate/3d': { hashrates: [], difficulty: [], currentHashrate: 3.1e15, currentDifficulty: 81_000_000 },
  '/kas/info/price': { price: 0.052 },
  '/kas/info/hashrate': { hashrate: 455_300.2 },
  '/kas/info/blockreward': { blockreward: 3.27 },
  // CoinGecko /simple/price (docs.coingecko.com/reference/simple-price)
  '/cg/api/v3/simple/price': { ravencoin: { usd: 0.0061 }, ergo: { usd: 0.35 } },
};

export async function startFakeMarketApis(): Promise<FakeMarketApis> {
  const behaviours = new Map<string, Behaviour>();
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').replace(/\?.*$/, '');
    hits.push(path);
    const behaviour = behaviours.get(path) ?? 'ok';
    if (behaviour === 'hang') return; // accepts, never answers
    if (behaviour === 'http-500') return void res.writeHead(500).end('oops');
    res.setHeader('content-type', 'application/json');
    if (behaviour === 'not-json') return void res.end('<html>Cloudflare says hi</html>');
    if (behaviour === 'wrong-shape') return void res.end(JSON.stringify({ data: 'changed' }));
    if (behaviour === 'huge') return void res.end(JSON.stringify({ USD: 1, pad: 'x'.repeat(2 * 1024 * 1024) }));
    const body = typeof behaviour === 'object' ? behaviour.body : realisticReplies[path];
    if (body === undefined) return void res.writeHead(404).end('not found');
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    envValue: JSON.stringify({ mempool: `${baseUrl}/btc`, litecoinspace: `${baseUrl}/ltc`, kaspa: `${baseUrl}/kas`, coingecko: `${baseUrl}/cg` }),
    set: (route, behaviour) => behaviours.set(route, behaviour),
    reset: () => behaviours.clear(),
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
