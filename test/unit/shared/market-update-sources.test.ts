import { describe, expect, it } from 'vitest';
import { marketDefaults } from '../../../shared/market/defaults';
import { checkFetched, fetchedFigure } from '../../../shared/market/market-updates';
import { marketSources, updatableKeys } from '../../../shared/market/update-sources';
import { realisticReplies } from '../../fakes/fake-market-apis';

const requestFor = (source: string, path: string) => {
  const r = marketSources.find((s) => s.id === source)?.requests.find((q) => q.path.startsWith(path));
  if (!r) throw new Error(`no request ${source} ${path}`);
  return r;
};
const figuresOf = (source: string, path: string, reply: unknown) => {
  const r = requestFor(source, path);
  return r.figures(r.schema.parse(reply) as never);
};

describe('market update sources: replies → figures in RigShift units', () => {
  it('mempool prices give the BTC price and EUR per USD (78 475 / 91 250 = 0.86)', () => {
    const f = figuresOf('mempool', '/api/v1/prices', realisticReplies['/btc/api/v1/prices']);
    expect(f.btcPriceUsd).toBe(91_250);
    expect(f.eurPerUsd).toBeCloseTo(0.86, 6);
  });

  it('block fees: the day’s average of avgFees in sats, as BTC per block ((1.8 M + 2.2 M) / 2 sats = 0.02 BTC)', () => {
    expect(figuresOf('mempool', '/api/v1/mining/blocks/fees/24h', realisticReplies['/btc/api/v1/mining/blocks/fees/24h']).btcFeesPerBlock).toBeCloseTo(0.02, 10);
  });

  it('Kaspa hashrate comes in TH/s and is stored in H/s (455 300.2 TH/s = 4.553e17 H/s)', () => {
    expect(figuresOf('kaspa', '/info/hashrate', realisticReplies['/kas/info/hashrate']).kasNetworkHashrateHs).toBeCloseTo(4.553002e17, -10);
  });

  it('CoinGecko simple/price gives the Ravencoin and Ergo prices in USD (#24.2)', () => {
    expect(figuresOf('coingecko', '/api/v3/simple/price', realisticReplies['/cg/api/v3/simple/price'])).toEqual({ rvnPriceUsd: 0.0061, ergPriceUsd: 0.35 });
    expect(requestFor('coingecko', '/api/v3/simple/price').schema.safeParse({ ravencoin: { usd: 0.006 } }).success).toBe(false);
  });

  it('refuses replies without the fields (a changed API never becomes a zero price)', () => {
    expect(requestFor('mempool', '/api/v1/prices').schema.safeParse({ usd: 90_000 }).success).toBe(false);
    expect(requestFor('kaspa', '/info/price').schema.safeParse({ price: -1 }).success).toBe(false);
    expect(requestFor('mempool', '/api/v1/mining/blocks/fees/24h').schema.safeParse([]).success).toBe(false);
  });

  it('every figure an update can refresh is a shipped default (so it has a unit and a range)', () => {
    expect(updatableKeys().sort()).toEqual(['btcDifficulty', 'btcFeesPerBlock', 'btcPriceUsd', 'ergPriceUsd', 'eurPerUsd', 'kasBlockReward', 'kasNetworkHashrateHs', 'kasPriceUsd', 'ltcNetworkHashrateHs', 'ltcPriceUsd', 'rvnPriceUsd']);
    for (const key of updatableKeys()) expect(marketDefaults[key], key).toBeDefined();
  });
});

describe('checkFetched: plausible next to the shipped figure, or refused', () => {
  const shipped = marketDefaults.btcPriceUsd;
  if (!shipped) throw new Error('btcPriceUsd must ship');
  it('accepts a price that moved, refuses one ×1000 away (a unit error: cents, sats)', () => {
    expect(checkFetched('btcPriceUsd', 91_250, shipped)).toBeNull();
    expect(checkFetched('btcPriceUsd', 60_000_000, shipped)).toMatch(/more than 20× away/);
    expect(checkFetched('btcPriceUsd', 60, shipped)).toMatch(/more than 20× away/);
  });
  it('refuses values outside the key’s range and unknown keys', () => {
    expect(checkFetched('eurPerUsd', 50, marketDefaults.eurPerUsd)).toMatch(/outside/);
    expect(checkFetched('nope', 1, undefined)).toMatch(/not a market figure/);
  });
  it('a fetched figure keeps the shipped unit and carries the day and the API', () => {
    const f = fetchedFigure(91_250, shipped, 'mempool.space /api/v1/prices', new Date('2026-12-05T21:00:00Z'));
    expect(f).toEqual({ value: 91_250, unit: shipped.unit, date: '2026-12-05', source: 'mempool.space /api/v1/prices' });
  });
});
