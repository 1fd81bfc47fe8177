/**
 * Issue #22 in Chromium: an imported rig is a whole machine (grouped cards, the x1 riser, models split across cards),
 * identical devices are one row, and a second report of the same machine with other cards on the same buses renames
 * every device, records the swap and leaves no stale name in the Inventory or the Plan. English and Italian.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeMachine, type FakeMachine } from '../fakes/fake-bin';
import { launchChromium } from '../support/browser';
import { cliEntry } from '../support/cli-entry';
import { startServe, type ServeProcess } from '../support/serve-process';

const root = join(__dirname, '..', '..');
const shots = join(root, 'test-results');
mkdirSync(shots, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'rigshift-e2e-reimport-'));
const desk = fakeMachine('desktop-rtx3090');
const machines: FakeMachine[] = [];
let browser: Browser;
let serve: ServeProcess;
let page: Page;

/** The same headless rig (one machine id) writing its report with the CLI, as its cards are at the time. */
function reportOf(scenario: string, file: string): string {
  const fake = fakeMachine(scenario);
  machines.push(fake);
  const out = join(work, file);
  const env = { ...fake.env, RIGSHIFT_CONFIG_DIR: join(work, `cfg-${file}`), RIGSHIFT_MACHINE_ID: 'rig-09-id', RIGSHIFT_MACHINE_NAME: 'rig-09' };
  const cli = spawnSync(process.execPath, [cliEntry, 'scan', '--out', out], { cwd: root, env, encoding: 'utf8', timeout: 90_000 });
  expect(cli.status, cli.stderr).toBe(0);
  return out;
}

let before = '';
let after = '';

beforeAll(async () => {
  before = reportOf('rig-8x-rx580-8gb', 'rig-09-rx580.json');
  after = reportOf('rig-6x-rtx3070-x1', 'rig-09-rtx3070.json');
  serve = await startServe({ ...desk.env, RIGSHIFT_CONFIG_DIR: join(work, 'desk'), RIGSHIFT_MACHINE_ID: 'desk-id' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'en-US' });
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(serve.openUrl);
  await page.locator('article.gpu').first().waitFor({ timeout: 30_000 });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  desk.cleanup();
  machines.forEach((m) => m.cleanup());
  rmSync(work, { recursive: true, force: true });
});

const tab = (name: RegExp) => page.getByRole('navigation').getByRole('button', { name });
const rigGroup = () => page.getByRole('group', { name: 'Rig rig-09' });

describe('a rig imported from reports, as a whole machine', () => {
  it('shows an 8-GPU rig as one row of identical cards that opens into one row per card', async () => {
    await tab(/^Inventory/).click();
    // Quiet chrome: nothing to undo yet, so no Undo; Copy diagnostics lives in Help, not in the view.
    await page.getByRole('heading', { name: 'Inventory' }).waitFor();
    expect(await page.getByRole('button', { name: /Undo/ }).count()).toBe(0);
    expect(await page.getByRole('main').getByRole('button', { name: 'Copy diagnostics' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('region', { name: 'Help and about RigShift' }).getByRole('button', { name: 'Copy diagnostics' }).waitFor();
    await page.screenshot({ path: join(shots, 'help-panel.png') });
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByLabel('Rig report files').setInputFiles(before);
    await expect.poll(() => page.getByRole('status').first().innerText()).toMatch(/rig-09.*8 new/);
    const rows = rigGroup().locator('.inventory-table tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toMatch(/8× Radeon RX 580 8GB[\s\S]*PCIe x1/);
    const box = await rigGroup().boundingBox();
    expect(box?.height ?? 0).toBeLessThan(400);
    await page.screenshot({ path: join(shots, 'rig-grouped.png'), fullPage: true });
    await rigGroup().getByRole('button', { name: 'Show the 8 devices one by one' }).click();
    expect(await rows.count()).toBe(9);
    const slots = (await rigGroup().innerText()).match(/slot [0-9a-f]{2}:[0-9a-f]{2}\.\d, x1/g) ?? [];
    expect(new Set(slots).size).toBe(8);
    // Every Remove link stays inside the rig's panel.
    const panel = await page.getByRole('region', { name: 'Site Home' }).boundingBox();
    for (const remove of await rigGroup().getByRole('button', { name: /^Remove / }).all()) {
      const b = await remove.boundingBox();
      expect((b?.x ?? 0) + (b?.width ?? 0)).toBeLessThanOrEqual((panel?.x ?? 0) + (panel?.width ?? 0));
    }
    await page.screenshot({ path: join(shots, 'rig-grouped-open.png'), fullPage: true });
    await rigGroup().getByRole('button', { name: 'Hide the devices' }).click();
  });

  it('shows the imported rig as This machine does: cards grouped, the x1 riser named, models split across cards', async () => {
    await rigGroup().getByRole('button', { name: /^Whole rig: 8 GPUs/ }).click();
    const whole = page.getByRole('region', { name: 'Rig rig-09 as one machine' });
    expect(await whole.locator('article.gpu').count()).toBe(1);
    const text = await whole.innerText();
    expect(text).toMatch(/8×/);
    expect(text).toMatch(/x1/);
    expect(text).toMatch(/Whole rig: 8 GPUs, 64 GB of VRAM together/);
    expect(await whole.getByRole('region', { name: 'Whole rig' }).count()).toBe(1);
    await page.screenshot({ path: join(shots, 'rig-whole-machine.png'), fullPage: true });
    await rigGroup().getByRole('button', { name: 'Hide the whole-rig view' }).click();
  });

  it('follows the hardware when the same rig comes back with other cards on the same buses', async () => {
    await page.getByLabel('Rig report files').setInputFiles(after);
    await expect.poll(() => page.getByRole('status').first().innerText()).toMatch(/rig-09.*0 new, 6 already known, 2 no longer in the report/);
    const rows = rigGroup().locator('.inventory-table tbody tr');
    const names = await rows.allInnerTexts();
    expect(names[0]).toMatch(/6× GeForce RTX 3070/);
    expect(names[1]).toMatch(/2× Radeon RX 580 8GB[\s\S]*missing in the last scan/);
    await rigGroup().getByRole('button', { name: 'Show the 6 devices one by one' }).click();
    const cards = rigGroup().locator('tr.nested');
    expect(await cards.count()).toBe(6);
    for (const card of await cards.all()) {
      expect(await card.getByRole('textbox', { name: /^Name of / }).inputValue()).toBe('GeForce RTX 3070');
      expect(await card.innerText()).toMatch(/was Radeon RX 580 8GB until the report of/);
    }
    await page.screenshot({ path: join(shots, 'rig-reimport.png'), fullPage: true });
  });

  it('plans the swapped cards under their new name', async () => {
    await tab(/^Plan/).click();
    await page.locator('.plan-table').first().waitFor({ timeout: 20_000 });
    const plan = await page.locator('.plan-table').first().innerText();
    expect(plan).toMatch(/6× GeForce RTX 3070/);
    expect(plan).not.toMatch(/6× Radeon RX 580/);
    await page.screenshot({ path: join(shots, 'rig-reimport-plan.png'), fullPage: true });
  });

  it('opens Compare one screen tall, and tells the rig\'s cards apart in its picker under their new name', async () => {
    await tab(/^Compare/).click();
    const picks = page.getByRole('region', { name: 'Devices to compare' });
    await picks.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(shots, 'rig-reimport-compare.png'), fullPage: true });
    // The catalogue's list scrolls in its box; nothing in it stretches the page below (3,700 px, mostly blank, before).
    expect(await page.evaluate('document.documentElement.scrollHeight')).toBeLessThan(1400);
    const labels = await picks.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => b.getAttribute('aria-label') ?? b.parentElement?.textContent ?? ''));
    expect(labels.join('|')).toMatch(/GeForce RTX 3070 · rig-09 · 01:00\.0, x1/);
    expect(labels.join('|')).not.toMatch(/Radeon RX 580 8GB · rig-09 · 0[1-6]:/);
    // The rig is offered whole, with only the cards its latest report lists (the two RX 580 taken out are not).
    expect(labels.map((l) => l.trim())).toContain('rig-09 — whole rig, 6 GPUs');
    expect(labels.join('|')).not.toMatch(/Radeon RX 580/);
    await picks.getByRole('checkbox', { name: 'rig-09 — whole rig, 6 GPUs' }).check();
    await picks.getByRole('checkbox', { name: /GeForce RTX 3070 · rig-09 · 01:00\.0/ }).check();
    const table = page.locator('table').filter({ hasText: 'rig-09 — whole rig, 6 GPUs' }).first();
    await table.waitFor({ timeout: 20_000 });
    const text = await table.innerText();
    // Six 8 GB cards pool 48 GB of VRAM; the card alone has 8.
    expect(text).toMatch(/48 GB/);
    await page.screenshot({ path: join(shots, 'compare-whole-rig.png'), fullPage: true });
  });

  it('offers Undo only once something can be undone', async () => {
    await tab(/^Inventory/).click();
    await page.getByRole('textbox', { name: 'Name of rig rig-09' }).fill('rig-09 garage');
    await page.getByRole('textbox', { name: 'Name of rig rig-09' }).press('Enter');
    await page.getByRole('textbox', { name: 'Name of rig rig-09 garage' }).waitFor();
    await page.getByRole('button', { name: /Undo/ }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Name of rig rig-09' }).count()).toBe(1);
  });

  it('says all of it in Italian', async () => {
    await page.getByLabel('Language').selectOption('it');
    await tab(/^Inventario/).click();
    const rig = page.getByRole('group', { name: 'Rig rig-09' });
    await rig.getByRole('button', { name: /^Rig intero: 6 GPU/ }).click();
    await page.getByRole('region', { name: 'Rig rig-09 come una sola macchina' }).waitFor().catch(async (e: unknown) => {
      await page.screenshot({ path: join(shots, 'rig-reimport-it-failed.png'), fullPage: true });
      throw e;
    });
    expect(await rig.innerText()).toMatch(/Mostra i 2 dispositivi uno per uno/);
    // A number field speaks Italian too: "0,12" typed, "0,12" shown after saving (not "0.12").
    const price = page.getByLabel('Prezzo dell’elettricità in Casa');
    await price.fill('0,12');
    await price.press('Enter');
    await expect.poll(() => price.inputValue()).toBe('0,12');
    // The import's status line is reworded too.
    expect(await page.getByRole('status').first().innerText()).toMatch(/rig-09 — 0 nuovi, 6 già noti, 2 non più nel report/);
    await rig.getByRole('button', { name: 'Mostra i 6 dispositivi uno per uno' }).click();
    expect(await rig.innerText()).toMatch(/era Radeon RX 580 8GB fino al report del/);
    await page.screenshot({ path: join(shots, 'rig-reimport-it.png'), fullPage: true });
    // RigShift's own notes under the market assumptions are Italian too; publishers' citations stay as published.
    await tab(/^Guadagni/).click();
    await expect.poll(() => page.getByRole('main').innerText(), { timeout: 20_000 }).toMatch(/Ipotesi di RigShift \(circa −11 % l’anno\)/);
    expect(await page.getByRole('main').innerText()).not.toMatch(/RigShift assumption/);
    await tab(/^Inventario/).click();
    await page.getByLabel('Lingua').selectOption('en');
  });
});
