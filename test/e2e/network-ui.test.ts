import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeMachine } from '../fakes/fake-bin';
import { launchChromium } from '../support/browser';
import { startServe, type ServeProcess } from '../support/serve-process';
import { fixtureHost } from '../simulator/fixture-hosts';
import { hostileHosts } from '../simulator/hostile';
import { startSimulator, type Simulator } from '../simulator/simulator';

const shots = join(__dirname, '..', '..', 'test-results');
mkdirSync(shots, { recursive: true });

let browser: Browser;
let sim: Simulator;
let serve: ServeProcess;
const machine = fakeMachine('no-gpu');
const configDir = mkdtempSync(join(tmpdir(), 'rigshift-e2e-lan-'));

beforeAll(async () => {
  sim = await startSimulator([
    fixtureHost('127.40.0.100', 'antminer-s19pro'),
    fixtureHost('127.40.0.101', 'whatsminer-v2'),
    fixtureHost('127.40.0.102', 'avalon-15'),
    fixtureHost('127.40.0.103', 'bitaxe'),
    fixtureHost('127.40.0.104', 'nbminer'),
    fixtureHost('127.40.0.105', 'luxos'),
    ...hostileHosts('127.40.0'),
    // A host whose reply is refused (nested far too deep): a per-host error the window lists.
    { ip: '127.40.0.30', label: 'deep version', services: [{ port: 4028, behaviour: { type: 'rpc', replies: { version: `{"VERSION":${'['.repeat(500)}${']'.repeat(500)},"STATUS":[{"STATUS":"S"}]}` } } }] },
  ]);
  serve = await startServe({ ...machine.env, RIGSHIFT_CONFIG_DIR: configDir });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  await sim?.close();
  machine.cleanup();
  rmSync(configDir, { recursive: true, force: true });
});

describe('Network view in Chromium', () => {
  it('streams miners into the table while scanning, then shows verdicts per device', async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, colorScheme: 'dark' });
    await page.goto(serve.openUrl);
    await page.getByRole('button', { name: /^Network/ }).click();
    await page.getByLabel('Addresses to scan').fill('127.40.0.0/24');
    // Streaming: note, at the moment the first miner's row appears, whether the scan was still running (its Cancel
    // button shown). The tarpits hold the scan for connect timeout + read deadline (~2 s) after the miners answer in milliseconds;
    // observing the DOM itself keeps this independent of how fast the rest of the test runs.
    await page.evaluate(`(() => {
      window.__rowWhileScanning = null;
      new MutationObserver(() => {
        if (window.__rowWhileScanning === null && document.querySelector('.lan-table tbody tr'))
          window.__rowWhileScanning = [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Cancel');
      }).observe(document.body, { childList: true, subtree: true });
    })()`);
    await page.getByRole('button', { name: 'Scan my network' }).click();
    await page.locator('.lan-table tbody tr').first().waitFor({ timeout: 20_000 });
    expect(await page.evaluate('window.__rowWhileScanning')).toBe(true);
    await page.screenshot({ path: join(shots, 'network-mid-scan.png') });
    await page.getByRole('button', { name: 'Scan again' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('.lan-table tbody tr').count()).toBe(6);
    expect(await page.getByRole('progressbar', { name: 'LAN scan progress' }).getAttribute('aria-valuenow')).toBe('100');
    await page.screenshot({ path: join(shots, 'network-after-scan.png') });
    await page.getByRole('button', { name: '127.40.0.100' }).click();
    const detail = page.locator('.lan-detail');
    await detail.waitFor();
    expect(await detail.innerText()).toMatch(/could run instead/);
    await page.screenshot({ path: join(shots, 'network-asic-detail.png'), fullPage: true });
    await page.getByRole('button', { name: '127.40.0.104' }).click();
    await detail.locator('article.gpu').first().waitFor();
    expect(await detail.innerText()).toMatch(/NVIDIA GeForce RTX 3080/);
    await page.screenshot({ path: join(shots, 'network-rig-detail.png'), fullPage: true });
    // A hostile device's markup stayed text.
    expect(await page.locator('.lan-table script, .lan-table img').count()).toBe(0);
    await page.close();
  });

  it('keeps the last scan after a reload: the addresses scanned, each miner\'s AI answer and power, the hosts that failed', async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    await page.goto(serve.openUrl);
    await page.getByRole('button', { name: /Network \(6\)/ }).click({ timeout: 20_000 });
    expect(await page.getByLabel('Addresses to scan').inputValue()).toBe('127.40.0.0/24');
    const s19 = page.locator('.lan-table tbody tr').filter({ hasText: '127.40.0.100' });
    // One word for AI, and what the S19 Pro's 3.25 kW could run instead.
    expect(await s19.locator('[data-verdict]').innerText()).toMatch(/No/);
    expect(await s19.innerText()).toMatch(/\d+× GeForce RTX 3090/);
    const rig = page.locator('.lan-table tbody tr').filter({ hasText: '127.40.0.104' });
    expect(await rig.locator('[data-verdict]').getAttribute('data-verdict')).toMatch(/yes|limited/);
    // The hosts that answered badly are listed in the window, not only in --json.
    const errors = page.getByRole('region', { name: 'Addresses that answered with an error' });
    expect(await errors.innerText()).toMatch(/address(es)? answered with an error[\s\S]*127\.40\.0\.30: Reply nested deeper/);
    expect(await errors.locator('script').count()).toBe(0);
    await page.screenshot({ path: join(shots, 'network-errors.png'), fullPage: true });
    // The hosts that answered but are no miner are listed apart, with what they said; the silent ones are a count.
    const answering = page.getByRole('region', { name: 'Addresses that answered but were not identified' });
    const said = await answering.innerText();
    expect(said).toMatch(/127\.40\.0\.17[\s\S]*port 4028 said \(\d+ bytes\):[\s\S]*SSH-2\.0-OpenSSH_8\.4p1 Debian-5\+deb11u3\\r\\n/);
    expect(said).toMatch(/127\.40\.0\.13[\s\S]*port 4028: accepted the connection, said nothing/);
    expect(said).not.toMatch(/127\.40\.0\.200/);
    expect(await page.locator('.lan-outcomes').innerText()).toMatch(/Identified: 6 · answering, not identified: \d+ · silent \(no port accepted\): \d+/);
    expect(await answering.locator('script').count()).toBe(0);
    await answering.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'network-answering.png'), fullPage: true });
    await page.getByLabel('Language').selectOption('it');
    await expect.poll(() => errors.count()).toBe(0);
    const errori = page.getByRole('region', { name: 'Indirizzi che hanno risposto con un errore' });
    expect(await errori.innerText()).toMatch(/indirizz[oi] ha(nno)? risposto con un errore[\s\S]*127\.40\.0\.30: Risposta annidata oltre/);
    // No English per-host text in the Italian view.
    expect(await errori.innerText()).not.toMatch(/Reply nested|not read/);
    const risposte = page.getByRole('region', { name: 'Indirizzi che hanno risposto ma non sono stati identificati' });
    expect(await risposte.innerText()).toMatch(/porta 4028 ha inviato \(\d+ byte\):[\s\S]*SSH-2\.0/);
    expect(await page.locator('.lan-table thead').innerText()).toMatch(/IA[\s\S]*La sua potenza alimenterebbe/);
    await page.screenshot({ path: join(shots, 'network-errors-it.png'), fullPage: true });
    // At 880×600 the table scrolls inside its box instead of being clipped by the window.
    await page.setViewportSize({ width: 880, height: 600 });
    const box = await page.locator('.table-scroll').boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(880);
    // Nothing of the window is clipped: the page is no wider than the window, the language selector inside it.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(880);
    const language = await page.getByLabel('Lingua').boundingBox();
    expect((language?.x ?? 0) + (language?.width ?? 0)).toBeLessThanOrEqual(880);
    await page.screenshot({ path: join(shots, 'network-880-it.png'), fullPage: true });
    // At 1280 px the tabs stay on one line.
    await page.setViewportSize({ width: 1280, height: 800 });
    const tabs = await page.getByRole('navigation').getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().top));
    expect(new Set(tabs).size).toBe(1);
    expect(await page.getByRole('navigation').getByRole('button').first().evaluate((b) => b.getBoundingClientRect().height)).toBeLessThan(40);
    await page.screenshot({ path: join(shots, 'network-1280-it.png') });
    await page.getByLabel('Lingua').selectOption('en');
    await page.close();
  });
});
