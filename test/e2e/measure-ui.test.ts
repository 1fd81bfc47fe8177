/**
 * Issue #21.5, the Measure button: on This machine, in serve mode, with a fake home holding the tiny GGUF in LM
 * Studio's folder and a fake Ollama on 127.0.0.1 (never a real one). Measuring the tiny model is a real llama.cpp run
 * on the CPU: progress shows, the result appears and is kept (the CPU's "Measured" list shows it after the re-read).
 * Cancelling a held Ollama generation ends it. Screenshots in test-results/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../shared/settings/schema';
import { fakeMachine } from '../fakes/fake-bin';
import { seriousViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { englishFragments, englishIn } from '../support/english-fragments';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama';
import { startServe, type ServeProcess } from '../support/serve-process';
import { writeTinyGguf } from '../support/tiny-gguf';

const shots = join(__dirname, '..', '..', 'test-results');
mkdirSync(shots, { recursive: true });
const machine = fakeMachine('desktop-rtx3090');
const dir = mkdtempSync(join(tmpdir(), 'rigshift-e2e-measure-'));
const home = join(dir, 'home');
const lmstudio = join(home, '.lmstudio', 'models', 'rigshift', 'tiny-GGUF');
mkdirSync(lmstudio, { recursive: true });
writeTinyGguf(join(lmstudio, 'tiny-f32.gguf'), { layers: 2, embd: 64 });
let browser: Browser;
let serve: ServeProcess;
let ollama: FakeOllama;

beforeAll(async () => {
  ollama = await startFakeOllama({ slowModel: 'slow:3b' });
  const env = { ...machine.env, HOME: home, OLLAMA_HOST: ollama.host, OLLAMA_MODELS: join(home, 'no-ollama-store'), HF_HUB_CACHE: join(home, 'no-hf'), RIGSHIFT_MEASURE_BACKEND: 'cpu', RIGSHIFT_CONFIG_DIR: join(dir, 'config'), RIGSHIFT_MACHINE_ID: 'e2e-measure', RIGSHIFT_MACHINE_NAME: 'measure-box' };
  serve = await startServe(env);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  await ollama?.close();
  machine.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('This machine: the Measure button (#21.5), in Chromium', () => {
  it('lists the models by source, measures the tiny GGUF on the CPU with progress, shows and keeps the result; cancel ends a run', async () => {
    // bypassCSP lets axe-core's script in for the accessibility check; the Italian run keeps the app's CSP on.
    const page = await browser.newPage({ viewport: { width: 1360, height: 1000 }, bypassCSP: true });
    await page.goto(serve.openUrl);
    const panel = page.getByRole('region', { name: 'Measure a model on this machine' });
    await panel.getByRole('button', { name: 'Measure…' }).click({ timeout: 60_000 });
    const select = panel.getByRole('combobox', { name: 'Model' });
    await select.waitFor({ timeout: 30_000 });
    expect(await select.locator('optgroup').evaluateAll((groups) => groups.map((g) => g.getAttribute('label')))).toEqual(['LM Studio', 'Running Ollama (its own timings)']);
    expect(await select.locator('option').allInnerTexts()).toEqual(['RigShift tiny test model · F32 · 0.5 MB', 'llama3.2:1b · Q8_0 · 1.32 GB', 'slow:3b · Q4_K_M · 2.02 GB']);
    expect(await panel.getByRole('button', { name: 'Choose a GGUF file…' }).count()).toBe(0); // desktop only

    await panel.getByRole('button', { name: 'Measure', exact: true }).click();
    await panel.getByRole('progressbar', { name: 'Measurement progress' }).waitFor();
    const result = panel.getByRole('status');
    await expect.poll(async () => (await result.count()) > 0 && (await result.innerText()), { timeout: 120_000 }).toMatch(/^Measured RigShift tiny test model F32: [\d.,]+ tok\/s generating, [\d.,]+ tok\/s on the prompt\. Kept with this machine\.$/);
    const cpu = page.locator('section.measured', { hasText: 'Measured on this machine’s CPU' });
    await cpu.waitFor({ timeout: 60_000 });
    expect(await cpu.innerText()).toContain('RigShift tiny test model F32 · CPU · 640-token context');
    expect(await result.innerText()).toMatch(/^Measured RigShift tiny test model F32/); // the re-scan keeps the panel
    const stored = SettingsSchema.parse(JSON.parse(readFileSync(join(dir, 'config', 'config.json'), 'utf8'))).measurements;
    expect(stored.map((m) => [m.measurement.source, m.measurement.backend, m.device.kind, m.measurement.promptTokens, m.measurement.generatedTokens])).toEqual([['node-llama-cpp', 'cpu', 'cpu', 512, 128]]);
    await page.screenshot({ path: join(shots, 'machine-measure-done.png'), fullPage: true });

    await panel.getByRole('combobox', { name: 'Model' }).selectOption({ label: 'slow:3b · Q4_K_M · 2.02 GB' });
    await panel.getByRole('button', { name: 'Measure', exact: true }).click();
    await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toContain('Generating · 30 %');
    await page.screenshot({ path: join(shots, 'machine-measure-running.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toContain('Measurement cancelled.');
    expect(await panel.getByRole('button', { name: 'Measure', exact: true }).isEnabled()).toBe(true);
    expect(ollama.generated).toEqual([expect.objectContaining({ model: 'slow:3b', stream: false })]);
    expect(SettingsSchema.parse(JSON.parse(readFileSync(join(dir, 'config', 'config.json'), 'utf8'))).measurements).toHaveLength(1);
    await page.close();
  });

  it('in Italian too', async () => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 1000 }, locale: 'it-IT' });
    const page = await context.newPage();
    await page.goto(serve.openUrl);
    const panel = page.getByRole('region', { name: 'Misura un modello su questa macchina' });
    await panel.getByRole('button', { name: 'Misura…' }).click({ timeout: 60_000 });
    await panel.getByRole('combobox', { name: 'Modello' }).waitFor({ timeout: 60_000 });
    expect(await panel.locator('optgroup').evaluateAll((groups) => groups.map((g) => g.getAttribute('label')))).toEqual(['LM Studio', 'Ollama in esecuzione (i suoi tempi)']);
    expect(await panel.getByRole('button', { name: 'Misura', exact: true }).isEnabled()).toBe(true);
    expect(englishIn(await panel.innerText(), englishFragments())).toEqual([]);
    await page.screenshot({ path: join(shots, 'machine-measure-it.png'), fullPage: true });
    await context.close();
  });
});
