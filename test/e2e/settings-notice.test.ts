import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeMachine } from '../fakes/fake-bin';
import { launchChromium } from '../support/browser';
import { startServe, type ServeProcess } from '../support/serve-process';

const machine = fakeMachine('desktop-rtx3090');
const configDir = mkdtempSync(join(tmpdir(), 'rigshift-e2e-notice-'));
let browser: Browser;
let serve: ServeProcess;

beforeAll(async () => {
  // A file of this version with one broken section: the added device and the user's price survive, the scan cache does not.
  const device = { id: 'manual-keep', kind: 'asic', catalogueId: 'antminer-s19-pro', count: 2, addedAt: '2026-11-20T00:00:00.000Z' };
  writeFileSync(join(configDir, 'config.json'), JSON.stringify({ schemaVersion: 1, manualDevices: [device], lastLanScan: { broken: true }, marketOverrides: { btcPriceUsd: 20000 } }));
  serve = await startServe({ ...machine.env, RIGSHIFT_CONFIG_DIR: configDir });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  machine.cleanup();
  rmSync(configDir, { recursive: true, force: true });
});

describe('a damaged settings file', () => {
  it('is reported in the window, the original kept aside, and the valid parts kept', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(serve.openUrl);
    const notice = page.getByRole('alert').filter({ hasText: 'Settings file' });
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.innerText()).toMatch(/could not use \(lastLanScan\).*config\.corrupt-.*\.json/s);
    expect(readdirSync(configDir).some((f) => f.startsWith('config.corrupt-'))).toBe(true);
    // The hand-added device from before the inventory existed was carried over into it.
    await page.getByRole('button', { name: /Inventory \(2\)/ }).click();
    // The Inventory view is a chunk of its own: wait until it is there, then count.
    await page.getByRole('textbox', { name: /Name of Antminer S19 Pro/ }).first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole('textbox', { name: /Name of Antminer S19 Pro/ }).count()).toBe(1);
    await page.getByRole('button', { name: 'Dismiss the settings notice' }).click();
    expect(await page.getByRole('alert').filter({ hasText: 'Settings file' }).count()).toBe(0);
    await page.close();
  });
});
