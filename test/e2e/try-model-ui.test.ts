import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeMachine } from '../fakes/fake-bin';
import { seriousViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { englishFragments, englishIn } from '../support/english-fragments';
import { startServe, type ServeProcess } from '../support/serve-process';

/** #21.4 in the UI: "Try a model" under a replayed RTX 3070 (8 GB) — model, quant and context pickers, judged live. */
const shots = join(__dirname, '..', '..', 'test-results');
mkdirSync(shots, { recursive: true });
const machine = fakeMachine('rig-6x-rtx3070-x1');
const configDir = mkdtempSync(join(tmpdir(), 'rigshift-e2e-try-'));
let serve: ServeProcess;
let browser: Browser;

beforeAll(async () => {
  serve = await startServe({ ...machine.env, RIGSHIFT_CONFIG_DIR: configDir });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  machine.cleanup();
  rmSync(configDir, { recursive: true, force: true });
});

/** The VRAM need the panel shows, read as a number from its "need GB of/su have GB" text (either decimal separator). */
const vramNeed = async (panel: Locator, label: string): Promise<number> => {
  const text = await panel.locator('.try-result .facts div', { has: panel.page().getByText(label, { exact: true }) }).locator('dd').innerText();
  return Number(/^([\d.,]+)/.exec(text)?.[1]?.replace(',', '.') ?? NaN);
};

const words = {
  en: { locale: 'en-US', title: 'Try a model', search: 'Search models', model: 'Model', quant: 'Quant', vram: 'VRAM need', ofCard: /GB of 8 GB/, context: /16,384 tokens/, ttft: /s for 512 tokens/, decode: /≈ \d+ tokens\/s, \d+–\d+/, atContext: /tokens\/s at 9,472 tokens/, fill: /Fill in params/, params: 'Params (billions)', layers: 'Layers', kvHeads: 'KV heads', headDim: 'Head dim' },
  it: { locale: 'it-IT', title: 'Prova un modello', search: 'Cerca modelli', model: 'Modello', quant: 'Quantizzazione', vram: 'VRAM necessaria', ofCard: /GB su 8 GB/, context: /16\.384 token/, ttft: /s per 512 token/, decode: /≈ \d+ token\/s, \d+–\d+/, atContext: /token\/s a 9472 token/, fill: /Compila parametri/, params: 'Parametri (miliardi)', layers: 'Layer', kvHeads: 'Teste KV', headDim: 'Dimensione testa' },
} as const;

describe('Try a model on This machine (serve mode, Chromium)', () => {
  for (const lang of ['en', 'it'] as const) {
    it(`picks Llama 3.1 8B at Q6_K, then a longer context: the VRAM need rises past the card and the verdict changes (${lang})`, async () => {
      const w = words[lang];
      // English also runs axe-core on the open panel (bypassCSP lets its script in); Italian keeps the app's CSP on.
      const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: w.locale, bypassCSP: lang === 'en' });
      const page = await context.newPage();
      const errors: Error[] = [];
      page.on('pageerror', (e) => errors.push(e));
      await page.goto(serve.openUrl);
      const panel = page.locator('details.try-model').first();
      await panel.waitFor({ timeout: 30_000 });
      await panel.getByText(w.title, { exact: true }).click();
      await panel.getByLabel(w.search).fill('llama 3.1');
      await panel.getByLabel(w.model, { exact: true }).selectOption('llama-3.1-8b');
      await panel.getByLabel(w.quant).selectOption('Q6_K');
      const result = panel.locator('.try-result');
      await expect.poll(() => result.getAttribute('data-verdict')).toBe('yes');
      expect(await result.locator('h4').textContent()).toMatch(/Llama 3\.1 8B.*Q6_K/);
      const short = await vramNeed(panel, w.vram);
      expect(short).toBeLessThan(8);
      expect(await result.innerText()).toMatch(w.ofCard);
      expect(await result.innerText()).toMatch(w.ttft);
      expect(await result.innerText()).toMatch(w.decode);
      // 4,096 → 8,192 → 16,384 tokens: 128 KiB of KV cache per token more than the 8 GB card holds.
      const slider = panel.getByRole('slider');
      await slider.focus();
      await slider.press('ArrowRight');
      await slider.press('ArrowRight');
      await expect.poll(() => panel.locator('output').innerText()).toMatch(w.context);
      await expect.poll(() => result.getAttribute('data-verdict')).toBe('limited');
      expect(await vramNeed(panel, w.vram)).toBeGreaterThan(short + 1);
      // The speed with the context full is at the context that fits (the judge's reason says how much).
      expect(await result.innerText()).toMatch(w.atContext);
      await panel.screenshot({ path: join(shots, `try-model-${lang}.png`) });
      if (lang === 'it') expect(englishIn(await panel.innerText(), englishFragments())).toEqual([]);
      // A model the data do not list, by its shape: refused until whole, then judged.
      await panel.getByLabel(w.model, { exact: true }).selectOption('custom');
      expect(await panel.locator('.error').innerText()).toMatch(w.fill);
      await panel.getByLabel(w.params).fill('14.77');
      await panel.getByLabel(w.layers, { exact: true }).fill('48');
      await panel.getByLabel(w.kvHeads).fill('8');
      await panel.getByLabel(w.headDim).fill('128');
      await expect.poll(() => vramNeed(panel, w.vram)).toBeGreaterThan(8);
      await page.screenshot({ path: join(shots, `try-model-custom-${lang}.png`), fullPage: true });
      if (lang === 'it') expect(englishIn(await panel.innerText(), englishFragments())).toEqual([]);
      if (lang === 'en') expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }, 90_000);
  }
  it('Compare: one set of pickers, answered for the scanned RTX 3070 and a catalogue RTX 3090 side by side', async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'en-US' });
    await page.goto(serve.openUrl);
    await page.locator('article.gpu').first().waitFor({ timeout: 30_000 });
    await page.getByRole('navigation').getByRole('button', { name: /^Compare/ }).click();
    await page.getByRole('region', { name: 'Devices to compare' }).getByRole('checkbox', { name: /RTX 3070/ }).first().check();
    const browse = page.getByRole('region', { name: 'Catalogue browser' });
    await browse.getByRole('searchbox').fill('RTX 3090');
    await browse.getByRole('button', { name: /Add .*RTX 3090 to comparison/ }).first().click();
    const panel = page.locator('details.try-model');
    await panel.waitFor({ timeout: 30_000 });
    await panel.getByText('Try a model', { exact: true }).click();
    await panel.getByLabel('Model', { exact: true }).selectOption('llama-3.1-8b');
    await panel.getByLabel('Quant').selectOption('Q6_K');
    const slider = panel.getByRole('slider');
    await slider.focus();
    await slider.press('ArrowRight');
    await slider.press('ArrowRight');
    const results = panel.locator('.try-result');
    await expect.poll(() => results.evaluateAll((els) => els.map((e) => `${e.querySelector('h5')?.textContent ?? ''}: ${e.getAttribute('data-verdict') ?? ''}`))).toEqual([
      expect.stringMatching(/RTX 3070.*: limited$/),
      expect.stringMatching(/RTX 3090.*: yes$/),
    ]);
    // The catalogue card's host is unknown: the panel says no partial offload is counted for it.
    expect(await results.nth(1).innerText()).toMatch(/Host RAM unknown/);
    await panel.screenshot({ path: join(shots, 'try-model-compare-en.png') });
    await page.close();
  }, 90_000);
});
