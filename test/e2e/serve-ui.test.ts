import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { llmWorkloads } from '../../shared/judge/data/llm-models';
import { fakeMachine, type FakeMachine } from '../fakes/fake-bin';
import { launchChromium } from '../support/browser';
import { startServe, type ServeProcess } from '../support/serve-process';

const shots = join(__dirname, '..', '..', 'test-results');
mkdirSync(shots, { recursive: true });

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function withServe(scenario: string, run: (serve: ServeProcess, machine: FakeMachine) => Promise<void>): Promise<void> {
  const machine = fakeMachine(scenario);
  const configDir = mkdtempSync(join(tmpdir(), 'rigshift-e2e-'));
  const serve = await startServe({ ...machine.env, RIGSHIFT_CONFIG_DIR: configDir });
  try {
    await run(serve, machine);
  } finally {
    await serve.stop();
    machine.cleanup();
    rmSync(configDir, { recursive: true, force: true });
  }
}

const open = async (url: string, colorScheme: 'dark' | 'light' = 'dark'): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, colorScheme });
  await page.goto(url);
  return page;
};

describe('browser mode (npm run serve) in Chromium', () => {
  it('scans a replayed 6-GPU rig, shows one grouped card with verdicts, and opens the reasons', async () => {
    await withServe('rig-6x-rtx3070-x1', async (serve) => {
      const page = await open(serve.openUrl);
      const card = page.locator('article.gpu').first();
      await card.waitFor({ timeout: 30_000 });
      expect(await card.locator('h3').innerText()).toMatch(/6×\s+NVIDIA GeForce RTX 3070/);
      expect(await page.locator('article.gpu').count()).toBe(1);
      // One cell per judged model × matrix quant (the llama-bench reference row is listed apart).
      const cells = llmWorkloads.filter((w) => w.model !== 'llama-2-7b' && ['F16', 'Q8_0', 'Q4_K_M'].includes(w.quant)).length;
      expect(cells).toBeGreaterThanOrEqual(15);
      await expect.poll(() => page.locator('.matrix').first().locator('[data-verdict]').count()).toBe(cells);
      expect(new URL(page.url()).hash).toBe('');
      await card.getByRole('button', { name: /Limited|Yes|No/ }).first().click();
      const reasons = card.locator('.reasons');
      await reasons.locator('li').first().waitFor();
      expect(await reasons.innerText()).toMatch(/VRAM|GB/);
      await card.locator('.workloads').getByRole('button', { name: /GPU rental marketplaces/ }).click();
      expect(await reasons.innerText()).toMatch(/1 lane per 2\.5 TFLOPS/);
      expect(await page.locator('section.rig').innerText()).toMatch(/Whole rig: 6 GPUs/);
      // #23.5: the other views and the charts are chunks of their own, fetched while idle after the first paint, so a
      // view opened later shows at once (counted by the requests the page made, not timed).
      const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop() ?? '').filter((name) => name.endsWith('.js')));
      for (const chunk of ['NetworkView', 'InventoryView', 'CompareTab', 'PlanTab', 'EarningsTab', 'ChartsBlock', 'CompareCharts', 'PortfolioCharts']) {
        await expect.poll(async () => (await fetched()).filter((name) => name.startsWith(`${chunk}-`)).length, { timeout: 20_000 }).toBe(1);
      }
      expect((await fetched()).filter((name) => name.startsWith('italian-'))).toEqual([]);
      await page.screenshot({ path: join(shots, 'machine-rig-6x3070-dark.png'), fullPage: true });
      await page.close();
      const light = await open(serve.openUrl, 'light');
      await light.locator('article.gpu').first().waitFor({ timeout: 30_000 });
      await light.screenshot({ path: join(shots, 'machine-rig-6x3070-light.png') });
      await light.close();
    });
  });

  it('shows the empty state on a GPU-less server and adds hardware from the catalogue', async () => {
    await withServe('no-gpu', async (serve) => {
      const page = await open(serve.openUrl);
      await page.getByRole('heading', { name: 'No GPU found on this machine' }).waitFor({ timeout: 30_000 });
      await page.screenshot({ path: join(shots, 'machine-empty.png') });
      // An empty plan exports nothing: every export is disabled and says why.
      await page.getByRole('button', { name: /^Plan/ }).click();
      const exports = page.getByRole('group', { name: 'Export' });
      await exports.waitFor({ timeout: 30_000 });
      const buttons = await exports.getByRole('button').all();
      expect(buttons.length).toBeGreaterThanOrEqual(3);
      for (const button of buttons) expect(await button.isDisabled(), await button.innerText()).toBe(true);
      expect(await page.locator('.view.plan').innerText()).toContain('Nothing to export yet');
      await page.screenshot({ path: join(shots, 'plan-empty.png') });
      await page.getByRole('button', { name: /^This machine/ }).click();
      await page.getByRole('button', { name: 'Add hardware from the catalogue' }).click();
      await page.getByLabel('Search').fill('S19 Pro');
      await page.locator('.catalogue li', { hasText: 'Antminer S19 Pro' }).first().getByRole('button').click();
      await page.getByRole('textbox', { name: 'Name of Antminer S19 Pro' }).waitFor();
      await page.getByRole('button', { name: 'AI verdicts' }).first().click();
      const asic = page.locator('article.asic').first();
      await asic.waitFor();
      expect(await asic.innerText()).toMatch(/3\.25 kW/);
      await page.getByLabel('Search').fill('RTX 3090');
      await page.getByLabel('How many', { exact: true }).fill('2');
      await page.locator('.catalogue li', { hasText: 'GeForce RTX 3090' }).first().getByRole('button').click();
      await page.getByRole('textbox', { name: 'Name of GeForce RTX 3090' }).waitFor();
      await page.getByRole('button', { name: 'AI verdicts' }).first().click();
      await page.locator('article.gpu').first().waitFor();
      await page.screenshot({ path: join(shots, 'added-by-hand.png'), fullPage: true });
      // Persisted by the shell: a reload shows the same three devices.
      await page.reload();
      await page.getByRole('button', { name: /Inventory \(3\)/ }).waitFor({ timeout: 30_000 });
      await page.close();
    });
  });

  it('refuses API calls without the token, even from the page itself', async () => {
    await withServe('no-gpu', async (serve) => {
      const page = await open(serve.url);
      const status = await page.evaluate(async () => (await fetch('/api/getAppInfo', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status);
      expect(status).toBe(401);
      await page.close();
    });
  });
});

describe('serve mode binding', () => {
  it('binds 127.0.0.1 by default, and warns when told to bind another address', async () => {
    const machine = fakeMachine('no-gpu');
    const configDir = mkdtempSync(join(tmpdir(), 'rigshift-e2e-'));
    const plain = await startServe({ ...machine.env, RIGSHIFT_CONFIG_DIR: configDir });
    expect(plain.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(plain.output()).not.toMatch(/WARNING/);
    await plain.stop();
    const other = await startServe({ ...machine.env, RIGSHIFT_CONFIG_DIR: configDir }, ['--host', '127.0.0.2']);
    expect(other.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/$/);
    expect(other.output()).toMatch(/WARNING: listening on 127\.0\.0\.2 instead of 127\.0\.0\.1/);
    await other.stop();
    machine.cleanup();
    rmSync(configDir, { recursive: true, force: true });
  });
});
