/**
 * Issue #24.3: the user pins a coin and a wall power on a GPU in the Earnings view; the Earnings figure, its note and
 * the Plan's mining figure follow, and the pin survives a reload (it is stored with the inventory item).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeMachine } from '../fakes/fake-bin';
import { launchChromium } from '../support/browser';
import { startServe, type ServeProcess } from '../support/serve-process';

const shots = join(__dirname, '..', '..', 'test-results');
mkdirSync(shots, { recursive: true });
const machine = fakeMachine('no-gpu');
const configDir = mkdtempSync(join(tmpdir(), 'rigshift-e2e-pin-'));
let browser: Browser;
let serve: ServeProcess;

beforeAll(async () => {
  serve = await startServe({ ...machine.env, RIGSHIFT_CONFIG_DIR: configDir });
  const post = (body: unknown) => serve.call('updateInventory', body);
  expect((await post({ op: 'addItem', kind: 'gpu', catalogueId: 'nvidia-rtx-3070', count: 2 })).status).toBe(200);
  // The boundary refuses a bad pin as it refuses any bad op.
  const refused = (await (await post({ op: 'pinMining', id: 'inv-x', pin: { wallPowerW: 99_999 } })).json()) as { ok: boolean; error?: { message?: string } };
  expect(refused.ok).toBe(false);
  expect(JSON.stringify(refused.error)).toMatch(/wallPowerW/);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  machine.cleanup();
  rmSync(configDir, { recursive: true, force: true });
});

const tab = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name }).click();
const planMine = (page: Page) => page.locator('.plan-table tbody tr').first().locator('.plan-options li', { hasText: /^Keep mining/ }).innerText();
const planPower = (page: Page) => page.locator('.plan-table tbody tr th').first().innerText();
const earningsMine = (page: Page) => page.locator('.option-card', { hasText: 'Keep mining' }).locator('.big').innerText();
const miningLine = (page: Page) => page.locator('.mining-pins .mining-line').first().innerText();

describe('pinning a coin and a wall power on a GPU (#24.3)', () => {
  it('changes the Earnings figure and the Plan, and says the figures are yours', async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 1000 }, locale: 'en-US' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(serve.openUrl);
    await tab(page, 'Plan');
    await page.locator('.plan-table').first().waitFor({ timeout: 30_000 });
    const planBefore = await planMine(page);
    expect(await planPower(page)).toMatch(/\(nameplate\)/);

    await tab(page, 'Earnings');
    await page.locator('.mining-pins').waitFor({ timeout: 30_000 });
    const lineBefore = await miningLine(page);
    expect(lineBefore).toMatch(/^Mining: (Ravencoin|Ergo|Kaspa) · [\d.]+ [kMG]H\/s · \d+ W per card$/);
    const best = /Mining: (\w+)/.exec(lineBefore)?.[1];
    const earningsBefore = await earningsMine(page);
    const pinnedCoin = best === 'Ergo' ? 'Ravencoin' : 'Ergo';

    await page.getByRole('button', { name: /Edit mining figures of 2× GeForce RTX 3070/ }).click();
    const form = page.getByRole('form', { name: /Edit mining figures/ });
    expect(await form.getByLabel(/Hashrate per card/).isDisabled()).toBe(true);
    await form.getByLabel('Coin').selectOption({ label: pinnedCoin });
    await form.getByLabel('Wall power per card (W)').fill('95');
    await page.screenshot({ path: join(shots, 'earnings-mining-pin-edit.png') });
    await form.getByRole('button', { name: 'Save' }).click();

    await expect.poll(() => miningLine(page)).toMatch(new RegExp(`^Mining: ${pinnedCoin} · .* · 95 W per card \\(your figures\\)$`));
    await expect.poll(() => earningsMine(page)).not.toBe(earningsBefore);
    expect(await page.getByRole('list', { name: 'Notes' }).innerText()).toMatch(new RegExp(`GPU mining: ${pinnedCoin} on .* and 95 W per card \\(your figures\\)`));
    await page.screenshot({ path: join(shots, 'earnings-mining-pin.png'), fullPage: true });

    await tab(page, 'Plan');
    await page.locator('.plan-table').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => planMine(page)).not.toBe(planBefore);
    // Two cards at 95 W each: 0.19 kW, the user's figure.
    expect(await planPower(page)).toMatch(/0\.19 kW \(yours\)/);
    await page.screenshot({ path: join(shots, 'plan-mining-pin.png'), fullPage: true });

    // Stored with the item: after a reload the pin is still there, and Reset puts the table's figures back.
    await page.reload();
    await tab(page, 'Earnings');
    await expect.poll(() => miningLine(page)).toMatch(/95 W per card \(your figures\)/);
    await page.getByRole('button', { name: /Edit mining figures/ }).click();
    await page.getByRole('button', { name: 'Reset to table values' }).click();
    await expect.poll(() => miningLine(page)).toBe(lineBefore);
    await expect.poll(() => earningsMine(page)).toBe(earningsBefore);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in Italian, reads and keeps a decimal comma: 30,5 MH/s on Ravencoin and 118,4 W', async () => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 1000 }, locale: 'it-IT' });
    const page = await context.newPage();
    await page.goto(serve.openUrl);
    await tab(page, 'Guadagni');
    await page.locator('.mining-pins').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /Modifica i dati di mining di 2× GeForce RTX 3070/ }).click();
    const form = page.getByRole('form', { name: /Modifica i dati di mining/ });
    await form.getByLabel('Moneta').selectOption({ label: 'Ravencoin' });
    await form.getByLabel('Hashrate per scheda (MH/s)').fill('30,5');
    await form.getByLabel('Potenza alla presa per scheda (W)').fill('118,4');
    await form.getByRole('button', { name: 'Salva' }).click();
    await expect.poll(() => miningLine(page)).toBe('Mining: Ravencoin · 30,5 MH/s · 118 W per scheda (i tuoi dati)');
    await page.getByRole('button', { name: /Modifica i dati di mining/ }).click();
    expect(await form.getByLabel('Hashrate per scheda (MH/s)').inputValue()).toBe('30,5');
    expect(await form.getByLabel('Potenza alla presa per scheda (W)').inputValue()).toBe('118,4');
    await form.getByLabel('Potenza alla presa per scheda (W)').fill('9000');
    await form.getByRole('button', { name: 'Salva' }).click();
    expect(await form.getByRole('alert').innerText()).toMatch(/da 1 a 5000 W/);
    await form.getByRole('button', { name: 'Ripristina i valori della tabella' }).click();
    await expect.poll(() => miningLine(page)).not.toMatch(/i tuoi dati/);
    await context.close();
  });
});
