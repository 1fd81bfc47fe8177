import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeMachine } from '../fakes/fake-bin';
import { startFakeMarketApis, type FakeMarketApis } from '../fakes/fake-market-apis';
import { launchChromium } from '../support/browser';
import { startServe, type ServeProcess } from '../support/serve-process';

const shots = join(__dirname, '..', '..', 'test-results');
mkdirSync(shots, { recursive: true });
const machine = fakeMachine('no-gpu');
const configDir = mkdtempSync(join(tmpdir(), 'rigshift-e2e-market-'));
let browser: Browser;
let serve: ServeProcess;
let apis: FakeMarketApis;

beforeAll(async () => {
  apis = await startFakeMarketApis();
  serve = await startServe({ ...machine.env, RIGSHIFT_CONFIG_DIR: configDir, RIGSHIFT_MARKET_BASE_URLS: apis.envValue });
  const added = await serve.call('updateInventory', { op: 'addItem', kind: 'asic', catalogueId: 'antminer-s19-pro', count: 1 });
  expect(added.status).toBe(200);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  await apis?.close();
  machine.cleanup();
  rmSync(configDir, { recursive: true, force: true });
});

describe('Update market figures, in Chromium', () => {
  it('asks nothing until clicked, then shows what each source refreshed and which kept its old figures', async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
    await page.goto(serve.openUrl);
    await page.getByRole('button', { name: 'Earnings' }).click();
    await page.getByLabel('Hardware').selectOption({ label: '1× Antminer S19 Pro' });
    const price = page.getByRole('textbox', { name: 'Bitcoin price (USD)' });
    await expect.poll(() => price.inputValue()).toBe('60000');
    // Offline by default: opening the app and the view asked no API.
    expect(apis.hits).toEqual([]);
    apis.set('/kas/info/price', 'not-json');
    const panel = page.getByRole('region', { name: 'Fresh market figures' });
    await panel.getByRole('button', { name: 'Update market figures' }).click();
    const status = panel.getByRole('status');
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(/mempool\.space: 4 figures updated/);
    const text = await status.innerText();
    expect(text).toMatch(/litecoinspace\.org: 2 figures updated/);
    expect(text).toMatch(/api\.kaspa\.org: 2 figures updated/);
    expect(text).toMatch(/api\.kaspa\.org: the reply was not readable; its figures were kept/);
    await expect.poll(() => price.inputValue()).toBe('91250');
    const row = page.locator('tr', { has: price });
    expect(await row.innerText()).toMatch(/fetched .*mempool\.space \/api\/v1\/prices/);
    expect(await panel.innerText()).toMatch(/Last updated [A-Z][a-z]{2} \d{1,2}, \d{4}\./);
    await page.screenshot({ path: join(shots, 'earnings-market-update.png'), fullPage: true });
    await page.close();
  });
});
