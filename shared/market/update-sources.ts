import { z } from 'zod';

/**
 * The public APIs "Update market figures" reads (only when the user asks: offline is the default). Each request names
 * the figures it yields, the schema its reply must meet, and how a reply becomes figures in RigShift's units.
 * Parsing lives here (pure, tested); the fetching is electron/services/market/.
 */
export type SourceId = 'mempool' | 'litecoinspace' | 'kaspa' | 'coingecko';

export interface SourceRequest {
  path: string;
  /** The figures this request may yield (anything else in its result is ignored). */
  keys: string[];
  schema: z.ZodType;
  /** Figures in RigShift's units (USD, H/s, BTC or KAS per block…), keyed like the market defaults. */
  figures: (reply: never) => Record<string, number>;
}

export interface MarketSource {
  id: SourceId;
  name: string;
  /** Where the figures come from by default; an override is only accepted for loopback (tests, a local mirror). */
  baseUrl: string;
  /** The API's public documentation, shown in docs and beside each figure. */
  docs: string;
  requests: SourceRequest[];
}

const positive = z.number().finite().positive();
/** mempool.space and its Litecoin fork answer the same shapes. */
const PricesSchema = z.object({ time: z.number().optional(), USD: positive, EUR: positive.optional() });
const HashrateSchema = z.object({ currentHashrate: positive, currentDifficulty: positive });
const BlockFeesSchema = z.array(z.object({ avgHeight: z.number(), timestamp: z.number(), avgFees: z.number().finite().nonnegative() })).min(1).max(10_000);
const SATS_PER_BTC = 1e8;

const request = <S extends z.ZodType>(path: string, keys: string[], schema: S, figures: (reply: z.infer<S>) => Record<string, number>): SourceRequest => ({
  path,
  keys,
  schema,
  figures: figures as (reply: never) => Record<string, number>,
});

export const marketSources: MarketSource[] = [
  {
    id: 'mempool',
    name: 'mempool.space',
    baseUrl: 'https://mempool.space',
    docs: 'https://mempool.space/docs/api/rest',
    requests: [
      request('/api/v1/prices', ['btcPriceUsd', 'eurPerUsd'], PricesSchema, (r) => ({ btcPriceUsd: r.USD, ...(r.EUR ? { eurPerUsd: r.EUR / r.USD } : {}) })),
      request('/api/v1/mining/hashrate/3d', ['btcDifficulty'], HashrateSchema, (r) => ({ btcDifficulty: r.currentDifficulty })),
      // Average total fees per block over the last day, in sats.
      request('/api/v1/mining/blocks/fees/24h', ['btcFeesPerBlock'], BlockFeesSchema, (r) => ({ btcFeesPerBlock: r.reduce((sum, b) => sum + b.avgFees, 0) / r.length / SATS_PER_BTC })),
    ],
  },
  {
    id: 'litecoinspace',
    name: 'litecoinspace.org',
    baseUrl: 'https://litecoinspace.org',
    docs: 'https://litecoinspace.org/docs/api/rest',
    requests: [
      request('/api/v1/prices', ['ltcPriceUsd'], PricesSchema, (r) => ({ ltcPriceUsd: r.USD })),
      request('/api/v1/mining/hashrate/3d', ['ltcNetworkHashrateHs'], HashrateSchema, (r) => ({ ltcNetworkHashrateHs: r.currentHashrate })),
    ],
  },
  {
    id: 'kaspa',
    name: 'api.kaspa.org',
    baseUrl: 'https://api.kaspa.org',
    docs: 'https://api.kaspa.org/docs',
    requests: [
      request('/info/price', ['kasPriceUsd'], z.object({ price: positive }), (r) => ({ kasPriceUsd: r.price })),
      // kaspa-rest-server answers TH/s.
      request('/info/hashrate?stringOnly=false', ['kasNetworkHashrateHs'], z.object({ hashrate: positive }), (r) => ({ kasNetworkHashrateHs: r.hashrate * 1e12 })),
      request('/info/blockreward?stringOnly=false', ['kasBlockReward'], z.object({ blockreward: positive }), (r) => ({ kasBlockReward: r.blockreward })),
    ],
  },
  {
    // GPU coins' prices (Ravencoin, Ergo); their network figures stay the dated defaults until a source is added.
    id: 'coingecko',
    name: 'CoinGecko',
    baseUrl: 'https://api.coingecko.com',
    docs: 'https://docs.coingecko.com/reference/simple-price',
    requests: [
      request('/api/v3/simple/price?ids=ravencoin,ergo&vs_currencies=usd', ['rvnPriceUsd', 'ergPriceUsd'], z.object({ ravencoin: z.object({ usd: positive }), ergo: z.object({ usd: positive }) }), (r) => ({
        rvnPriceUsd: r.ravencoin.usd,
        ergPriceUsd: r.ergo.usd,
      })),
    ],
  },
];

/** Every key an update can refresh. */
export const updatableKeys = (): string[] => [...new Set(marketSources.flatMap((s) => s.requests.flatMap((r) => r.keys)))];
