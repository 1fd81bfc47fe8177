import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../shared/api/dispatcher';
import { createHandlers } from '../../../electron/services/create-handlers';
import { confFactory } from '../../../electron/services/settings/conf-factory';
import { openSettingsStore } from '../../../electron/services/settings/settings-store';
import { emptyScan } from '../../support/stub-handlers';

const dir = mkdtempSync(join(tmpdir(), 'rigshift-market-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dispatcher = (): ReturnType<typeof createDispatcher> =>
  createDispatcher(createHandlers({ version: 'test', settings: openSettingsStore(dir, confFactory), detect: async () => emptyScan() }));

describe('market assumptions through the contract', () => {
  it('returns dated defaults, stores overrides and preferences, and keeps them across restarts', async () => {
    const dispatch = dispatcher();
    const first = await dispatch('getMarket', {});
    expect(first.ok && (first.data as { defaults: Record<string, { date: string }> }).defaults.btcPriceUsd?.date).toMatch(/^\d{4}-/);
    const set = await dispatch('setMarket', { overrides: { btcPriceUsd: 20_000 }, preferences: { electricityPerKwh: 0.07, currency: 'EUR' }, halvingOverride: '2028-05-01' });
    expect(set.ok).toBe(true);
    const again = await dispatcher()('getMarket', {});
    expect(again).toMatchObject({ ok: true, data: { overrides: { btcPriceUsd: 20_000 }, halvingOverride: '2028-05-01', preferences: { electricityPerKwh: 0.07, currency: 'EUR' } } });
  });

  it('refuses nonsense with the input named, and stores nothing of the batch', async () => {
    const dispatch = dispatcher();
    const bad = await dispatch('setMarket', { overrides: { poolFee: 7, btcPriceUsd: 1 } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('poolFee') } });
    const wrongType = await dispatch('setMarket', { preferences: { electricityPerKwh: 'cheap' } });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const state = await dispatch('getMarket', {});
    expect(state.ok && (state.data as { overrides: Record<string, number> }).overrides.btcPriceUsd).toBe(20_000);
  });

  it('resets one key or everything back to the shipped defaults', async () => {
    const dispatch = dispatcher();
    await dispatch('setMarket', { overrides: { poolFee: 0.01 } });
    const one = await dispatch('resetMarket', { keys: ['btcPriceUsd'] });
    expect(one.ok && (one.data as { overrides: Record<string, number> }).overrides).toEqual({ poolFee: 0.01 });
    const all = await dispatch('resetMarket', {});
    expect(all).toMatchObject({ ok: true, data: { overrides: {}, halvingOverride: null } });
  });
});
