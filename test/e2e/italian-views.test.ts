/**
 * Issue #11.4 acceptance: every view in Italian, with a scanned mixed rig, LAN miners and the plans built from them,
 * shows no English sentence. The English to look for is taken from the sources (UI strings, the core's judge reasons,
 * workload names and notes), so a string added later in English only is caught too. Screenshots in test-results/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeMachine } from '../fakes/fake-bin';
import { launchChromium } from '../support/browser';
import { englishFragments, englishIn } from '../support/english-fragments';
import { startServe, type ServeProcess } from '../support/serve-process';
import { fixtureHost } from '../simulator/fixture-hosts';
import { startSimulator, type Simulator } from '../simulator/simulator';

const shots = join(__dirname, '..', '..', 'test-results');
mkdirSync(shots, { recursive: true });
const machine = fakeMachine('rig-13-mixed');
const configDir = mkdtempSync(join(tmpdir(), 'rigshift-e2e-it-'));
const fragments = englishFragments();
let browser: Browser;
let sim: Simulator;
let serve: ServeProcess;
let page: Page;

const tab = (name: RegExp) => page.getByRole('navigation').getByRole('button', { name });
const mainText = async (): Promise<string> => page.locator('body').innerText();
/** The text a check read, kept beside its screenshot for a reader to look over. */
const keep = (name: string, text: string): string => {
  writeFileSync(join(shots, `${name}.txt`), text);
  return text;
};

beforeAll(async () => {
  sim = await startSimulator([fixtureHost('127.42.0.10', 'antminer-s19pro'), fixtureHost('127.42.0.11', 'whatsminer-v2'), fixtureHost('127.42.0.12', 'nbminer')]);
  serve = await startServe({ ...machine.env, RIGSHIFT_CONFIG_DIR: configDir });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'it-IT' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(serve.url).origin });
  page = await context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(serve.openUrl);
  await page.locator('article.gpu').first().waitFor({ timeout: 30_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  await sim?.close();
  machine.cleanup();
  rmSync(configDir, { recursive: true, force: true });
});

describe('Italian throughout, in Chromium', () => {
  it('the English reference is real: it finds the judge’s reasons and the UI’s English sentences', () => {
    expect(fragments.length).toBeGreaterThan(150);
    expect(englishIn('Vast.ai requires every GPU in the machine to be the same model', fragments)).not.toEqual([]);
    expect(englishIn('Richiede che tutte le GPU siano dello stesso modello', fragments)).toEqual([]);
  });

  it('This machine: cards, every workload’s reasons and the LLM matrix are Italian', async () => {
    await expect.poll(() => tab(/^Questa macchina/).count()).toBe(1);
    const seen: string[] = [await mainText()];
    // Open the reasons of every non-LLM workload and a spread of LLM cells on each card.
    for (const card of await page.locator('article.gpu').all()) {
      for (const button of await card.locator('.workloads button, .llm-matrix button').all()) {
        await button.click();
        seen.push(await card.locator('.reasons').innerText());
      }
    }
    await page.screenshot({ path: join(shots, 'it-machine.png'), fullPage: true });
    expect(seen.length).toBeGreaterThan(20);
    expect(englishIn(keep('it-machine', seen.join('\n')), fragments)).toEqual([]);
  }, 120_000);

  it('Network: a scan and each miner’s detail are Italian', async () => {
    await tab(/^Rete/).click();
    await page.getByLabel('Indirizzi da scansionare').fill('127.42.0.0/28');
    await page.getByRole('button', { name: 'Scansiona la mia rete' }).click();
    await page.getByRole('button', { name: 'Scansiona di nuovo' }).waitFor({ timeout: 30_000 });
    const seen = [await mainText()];
    for (const ip of ['127.42.0.10', '127.42.0.11', '127.42.0.12']) {
      await page.getByRole('button', { name: ip }).click();
      await page.locator('.lan-detail').waitFor();
      seen.push(await page.locator('.lan-detail').innerText());
    }
    await page.screenshot({ path: join(shots, 'it-network.png'), fullPage: true });
    expect(englishIn(keep('it-network', seen.join('\n')), fragments)).toEqual([]);
  }, 60_000);

  for (const [view, shot] of [
    [/^Inventario/, 'it-inventory.png'],
    [/^Piano/, 'it-plan.png'],
    [/^Guadagni/, 'it-earnings.png'],
  ] as const) {
    it(`${shot.replace(/^it-|\.png$/g, '')}: no English sentence`, async () => {
      await tab(view).click();
      await expect.poll(() => tab(view).getAttribute('aria-current')).toBe('page');
      await expect.poll(() => page.locator('.chart-placeholder').count(), { timeout: 20_000 }).toBe(0);
      await expect.poll(() => page.locator('main').innerText(), { timeout: 20_000 }).not.toBe('Caricamento…');
      await page.screenshot({ path: join(shots, shot), fullPage: true });
      const text = keep(shot.replace('.png', ''), await mainText());
      expect(englishIn(text, fragments)).toEqual([]);
      // The names RigShift gave by default read in Italian too (the user's own names stay as typed).
      expect(text).not.toMatch(/This machine|\bHome\b/);
    });
  }

  it('Compare: three scanned devices side by side, reasons shown, are Italian', async () => {
    await tab(/^Confronta/).click();
    const boxes = page.locator('.compare input[type="checkbox"]:not([disabled])');
    await boxes.first().waitFor({ timeout: 20_000 });
    for (let i = 0; i < 3; i++) await boxes.nth(i).check();
    await page.locator('.compare-results').waitFor({ timeout: 20_000 });
    await page.getByLabel('Mostra i motivi').check();
    await page.locator('.compare-subject-notes summary').click();
    await expect.poll(() => page.locator('.chart-placeholder').count(), { timeout: 20_000 }).toBe(0);
    await page.screenshot({ path: join(shots, 'it-compare.png'), fullPage: true });
    const text = keep('it-compare', await mainText());
    expect(englishIn(text, fragments)).toEqual([]);
    expect(text).not.toMatch(/This machine/);
  });

  it('Copia diagnostica puts versions, the last scans and the log tail on the clipboard, and says so in Italian', async () => {
    // It lives in Aiuto (Help), out of every view's main area.
    expect(await page.getByRole('main').getByRole('button', { name: 'Copia diagnostica' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Aiuto' }).click();
    await page.getByRole('region', { name: 'Aiuto e informazioni su RigShift' }).getByRole('button', { name: 'Copia diagnostica' }).click();
    await expect.poll(() => page.locator('.diagnostics [role="status"]').innerText()).toMatch(/Diagnostica copiata negli appunti/);
    const copied = String(await page.evaluate('navigator.clipboard.readText()'));
    expect(copied).toMatch(/^RigShift \S+ diagnostics/);
    expect(copied).toMatch(/This machine: scanned .* in \d+ ms/);
    expect(copied).toMatch(/Network: 3 miner\(s\) found/);
    expect(copied).not.toMatch(/127\.42\.0\.\d|#token=/);
  });
});
