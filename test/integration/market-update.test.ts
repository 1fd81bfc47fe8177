import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../electron/services/app-services';
import { marketBaseUrls } from '../../electron/services/market/endpoints';
import { updateMarket } from '../../electron/services/market/update-market';
import { confFactory } from '../../electron/services/settings/conf-factory';
import { openSettingsStore } from '../../electron/services/settings/settings-store';
import { MarketStateSchema } from '../../shared/api/market-schemas';
import { resolveMarket } from '../../shared/market/assumptions';
import { marketDefaults } from '../../shared/market/defaults';
import { startFakeMarketApis, type FakeMarketApis } from '../fakes/fake-market-apis';
import { cliEntry } from '../support/cli-entry';

const root = join(__dirname, '..', '..');
let apis: FakeMarketApis;
const dirs: string[] = [];
const freshDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'rigshift-market-'));
  dirs.push(dir);
  return dir;
};

beforeAll(async () => {
  apis = await startFakeMarketApis();
});
afterAll(async () => {
  await apis.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => apis.reset());
const urls = () => marketBaseUrls({ RIGSHIFT_MARKET_BASE_URLS: apis.envValue });
const at = new Date('2026-12-05T21:00:00Z');

describe('updateMarket against fake public APIs on 127.0.0.1', () => {

  it('stores every figure with its date and source; the projections read them; an override still wins', async () => {
    const settings = openSettingsStore(freshDir(), confFactory);
    const { state, sources } = await updateMarket(settings, { baseUrls: urls(), now: () => at });
    expect(sources.map((s) => [s.source, s.updated.length, s.error])).toEqual([
      ['mempool', 4, null],
      ['litecoinspace', 2, null],
      ['kaspa', 3, null],
      ['coingecko', 2, null],
    ]);
    expect(state.updates.fetchedAt).toBe(at.toISOString());
    expect(state.updates.figures.btcPriceUsd).toEqual({ value: 91_250, unit: marketDefaults.btcPriceUsd?.unit, date: '2026-12-05', source: 'mempool.space /api/v1/prices' });
    const market = resolveMarket({ ltcPriceUsd: 99 }, null, state.updates.figures);
    expect(market.value('btcDifficulty')).toBe(149.3e12);
    expect(market.get('kasNetworkHashrateHs')?.figure?.date).toBe('2026-12-05');
    expect(market.value('ltcPriceUsd')).toBe(99);
    expect(market.get('ltcPriceUsd')?.origin).toBe('yours');
    // Figures no API gives stay the shipped ones.
    expect(market.get('btcSubsidy')?.figure).toEqual(marketDefaults.btcSubsidy);
    // Persisted: a new store on the same file reads them back.
    expect(settings.read().marketUpdates.figures.kasPriceUsd?.value).toBe(0.052);
    // GPU coins' prices (#24.2): the best-coin projection reads them like any other figure.
    expect(market.get('ergPriceUsd')).toMatchObject({ value: 0.35, origin: 'default', figure: { date: '2026-12-05', source: expect.stringMatching(/^CoinGecko/) } });
  });

  it('a source that never answers keeps its old figures and says so; the others still update', async () => {
    const settings = openSettingsStore(freshDir(), confFactory);
    apis.set('/kas/info/price', 'hang');
    apis.set('/kas/info/hashrate', 'hang');
    apis.set('/kas/info/blockreward', 'hang');
    const before = apis.hits.length;
    const { state, sources } = await updateMarket(settings, { baseUrls: urls(), timeoutMs: 300, now: () => at });
    // Bounded by work, not a stopwatch: each silent route was asked once and given up on, never retried.
    const hits = apis.hits.slice(before);
    for (const route of ['/kas/info/price', '/kas/info/hashrate', '/kas/info/blockreward']) expect(hits.filter((h) => h === route), route).toHaveLength(1);
    const kaspa = sources.find((s) => s.source === 'kaspa');
    expect(kaspa).toMatchObject({ updated: [], problem: 'timeout' });
    expect(kaspa?.error).toMatch(/no answer within 0.3 s/);
    expect(state.updates.figures.kasPriceUsd).toBeUndefined();
    expect(resolveMarket({}, null, state.updates.figures).get('kasPriceUsd')?.figure).toEqual(marketDefaults.kasPriceUsd);
    expect(state.updates.figures.btcPriceUsd?.value).toBe(91_250);
  });

  it('a failed later update keeps the figures an earlier one fetched', async () => {
    const settings = openSettingsStore(freshDir(), confFactory);
    await updateMarket(settings, { baseUrls: urls(), now: () => at });
    apis.set('/ltc/api/v1/prices', 'not-json');
    apis.set('/ltc/api/v1/mining/hashrate/3d', 'http-500');
    const { state, sources } = await updateMarket(settings, { baseUrls: urls(), now: () => new Date('2026-12-06T08:00:00Z') });
    expect(sources.find((s) => s.source === 'litecoinspace')).toMatchObject({ updated: [], problem: 'not-json' });
    expect(state.updates.figures.ltcPriceUsd).toMatchObject({ value: 82.4, date: '2026-12-05' });
    expect(state.updates.figures.btcPriceUsd?.date).toBe('2026-12-06');
  });

  it('refuses implausible, oversized and reshaped replies figure by figure, naming why', async () => {
    const settings = openSettingsStore(freshDir(), confFactory);
    apis.set('/btc/api/v1/prices', { body: { USD: 9_125_000, EUR: 0.5 } });
    apis.set('/kas/info/price', 'huge');
    apis.set('/kas/info/hashrate', 'wrong-shape');
    const { state, sources } = await updateMarket(settings, { baseUrls: urls(), now: () => at });
    const mempool = sources.find((s) => s.source === 'mempool');
    expect(mempool?.rejected.map((r) => r.key)).toEqual(['btcPriceUsd', 'eurPerUsd']);
    expect(mempool?.rejected[0]?.reason).toMatch(/API or unit error/);
    expect(state.updates.figures.btcPriceUsd).toBeUndefined();
    const kaspa = sources.find((s) => s.source === 'kaspa');
    expect(kaspa?.problem).toBe('too-large');
    expect(kaspa?.error).toMatch(/\/info\/hashrate.*expected fields/);
    expect(kaspa?.updated).toEqual(['kasBlockReward']);
  });

  it('only loopback addresses may replace the public APIs', () => {
    expect(() => marketBaseUrls({ RIGSHIFT_MARKET_BASE_URLS: '{"mempool":"https://evil.example"}' })).toThrow(/127\.0\.0\.0\/8/);
    expect(() => marketBaseUrls({ RIGSHIFT_MARKET_BASE_URLS: '{"binance":"http://127.0.0.1:1"}' })).toThrow(/unknown source/);
    expect(() => marketBaseUrls({ RIGSHIFT_MARKET_BASE_URLS: 'not json' })).toThrow(/not JSON/);
    expect(marketBaseUrls({})).toEqual({});
  });

  it('is reached through the contract (updateMarket), and getMarket then carries the fetched figures', async () => {
    const services = createAppServices({ configDir: freshDir(), env: { RIGSHIFT_MARKET_BASE_URLS: apis.envValue } });
    const env = await services.dispatch('updateMarket', {});
    expect(env.ok).toBe(true);
    const state = MarketStateSchema.parse(((await services.dispatch('getMarket', {})) as { data: unknown }).data);
    expect(state.updates.figures.ltcNetworkHashrateHs?.value).toBe(3.1e15);
    expect(((await services.dispatch('updateMarket', { extra: 1 })) as { ok: boolean }).ok).toBe(false);
  });
});

describe('npm run cli -- market update', () => {
  // Asynchronous: the fake APIs live in this process and must keep answering while the CLI runs.
  const cli = (args: string[], env: Record<string, string>) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [cliEntry, ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
    });

  it('updates from the APIs (JSON), and `market show` then lists the fetched figures', async () => {
    const dir = freshDir();
    const env = { RIGSHIFT_CONFIG_DIR: dir, RIGSHIFT_MARKET_BASE_URLS: apis.envValue };
    const update = await cli(['market', 'update', '--json'], env);
    expect(update.code, update.stderr).toBe(0);
    const out = JSON.parse(update.stdout) as { sources: Array<{ updated: string[] }>; figures: Record<string, { value: number }> };
    expect(out.sources.flatMap((s) => s.updated)).toHaveLength(11);
    expect(out.figures.kasBlockReward?.value).toBe(3.27);
    const show = await cli(['market', 'show'], env);
    expect(show.stdout).toMatch(/^Bitcoin price \(USD\)\s+91,250\s+\d{4}-\d{2}-\d{2}\s+mempool\.space/m);
    expect(show.stdout).toMatch(/^Pool fee\s+4 %\s/m);
    expect(show.stdout).not.toMatch(/btcPriceUsd|btcDifficulty\b/);
  });

  it('offline: every source unreachable → exit 1, the old figures kept, said in plain words', async () => {
    const dead = JSON.stringify({ mempool: 'http://127.0.0.1:9', litecoinspace: 'http://127.0.0.1:9', kaspa: 'http://127.0.0.1:9', coingecko: 'http://127.0.0.1:9' });
    const r = await cli(['market', 'update'], { RIGSHIFT_CONFIG_DIR: freshDir(), RIGSHIFT_MARKET_BASE_URLS: dead });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/mempool\.space \(http:\/\/127\.0\.0\.1:9\): 0 updated/);
    expect(r.stdout).toMatch(/No figure could be updated: the previous figures are kept/);
  });

  it('bad usage is a usage error (exit 2)', async () => {
    expect((await cli(['market', 'refresh'], { RIGSHIFT_CONFIG_DIR: freshDir() })).code).toBe(2);
  });
});
