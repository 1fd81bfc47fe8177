/**
 * Issue #21.5 acceptance: after `bench --model tiny.gguf` (a real llama.cpp run on this machine's CPU), "This machine"
 * shows the measurement beside the estimate, with its date. The GPU card's run is a CUDA measurement as `bench` stores
 * it on a machine with that card (no GPU here), keyed by the machine id and the card's bus id from a real scan.
 * Screenshots in test-results/.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeasurementSchema } from '../../shared/bench/measurement';
import type { StoredMeasurement } from '../../shared/bench/stored-measurement';
import { JudgeReportSchema } from '../../shared/judge/report';
import { SettingsSchema } from '../../shared/settings/schema';
import { fakeMachine } from '../fakes/fake-bin';
import { launchChromium } from '../support/browser';
import { cliEntry } from '../support/cli-entry';
import { measurement } from '../support/measurement';
import { startServe, type ServeProcess } from '../support/serve-process';
import { writeTinyGguf } from '../support/tiny-gguf';

const root = join(__dirname, '..', '..');
const shots = join(root, 'test-results');
mkdirSync(shots, { recursive: true });
const machine = fakeMachine('desktop-rtx3090');
const dir = mkdtempSync(join(tmpdir(), 'rigshift-e2e-measured-'));
const env = { ...machine.env, RIGSHIFT_CONFIG_DIR: join(dir, 'config'), RIGSHIFT_MACHINE_ID: 'e2e-measured', RIGSHIFT_MACHINE_NAME: 'bench-box' };
const tiny = join(dir, 'tiny.gguf');
writeTinyGguf(tiny, { layers: 2, embd: 64 });
let browser: Browser;
let serve: ServeProcess;

const cli = (args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [cliEntry, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000, env }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });

let cpuRun: ReturnType<typeof MeasurementSchema.parse>;
beforeAll(async () => {
  const bench = await cli(['bench', '--model', tiny, '--backend', 'cpu', '--pp', '64', '--tg', '16', '--json']);
  expect(bench.code, bench.stderr).toBe(0);
  cpuRun = MeasurementSchema.parse(JSON.parse(bench.stdout));
  const scan = JudgeReportSchema.parse(JSON.parse((await cli(['scan', '--json'])).stdout));
  const busId = scan.devices[0]?.device.kind === 'gpu' ? scan.devices[0].device.busId : null;
  expect(busId).toBeTruthy();
  const file = join(dir, 'config', 'config.json');
  const settings = SettingsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const machineId = settings.measurements[0]?.machineId ?? '';
  const cuda: StoredMeasurement = { machineId, device: { kind: 'gpu', busIds: [busId ?? ''], names: ['NVIDIA GeForce RTX 3090'] }, contextTokens: 640, measurement: measurement({ at: '2026-12-06T09:30:00.000Z', decodeTokensPerSecond: 95.5 }) };
  writeFileSync(file, JSON.stringify({ ...settings, measurements: [...settings.measurements, cuda] }));
  serve = await startServe(env);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  machine.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('This machine: measured beside estimated (#21.5), in Chromium', () => {
  it('the GPU card and the CPU each show the measurement, its date and the estimate; rescaled cells say so', async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
    await page.goto(serve.openUrl);
    const card = page.locator('article.gpu').first();
    await card.waitFor({ timeout: 30_000 });
    const gpu = card.locator('section.measured');
    await gpu.waitFor();
    expect(await gpu.innerText()).toMatch(/Measured here[\s\S]*measured 95\.5 tok\/s \(Dec 6, 2026\) · estimated ≈ \d+/i);
    expect(await gpu.innerText()).toMatch(/Llama 2 7B Q4_0 · CUDA · 640-token context · prompt 4,200 tok\/s · node-llama-cpp 3\.21\.1/);
    expect(await card.locator('.matrix .rescaled').count()).toBeGreaterThan(0);
    expect(await card.locator('.rescaled-note').innerText()).toMatch(/CUDA rows rescaled from your measurement of Llama 2 7B Q4_0 on Dec 6, 2026 \(×0\.\d+\)/);
    // A rescaled cell's reasons give the estimate before rescaling and the measurement it came from.
    await card.locator('.matrix button', { has: page.locator('sup.rescaled') }).first().click();
    expect(await card.locator('.reasons').innerText()).toMatch(/Your measurement[\s\S]*estimated ≈ [\d.,]+ tokens\/s, rescaled ×0\.\d+ from your measurement of Llama 2 7B Q4_0 on Dec 6, 2026/i);
    const cpu = page.locator('section.measured', { hasText: 'Measured on this machine’s CPU' });
    const day = new Date(cpuRun.at).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
    expect(await cpu.innerText()).toMatch(/measured [\d.,]+ tok\/s \([A-Z][a-z]{2} \d+, \d{4}\) · estimated ≈ [\d,]+/);
    expect(await cpu.innerText()).toContain(`(${day}) · estimated ≈`);
    expect(await cpu.innerText()).toContain('RigShift tiny test model F32 · CPU · 80-token context');
    await page.screenshot({ path: join(shots, 'machine-measured.png'), fullPage: true });

    // The Inventory's row for this machine's card shows it too (matched by machine and bus id).
    await page.getByRole('navigation').getByRole('button', { name: /Inventory/ }).click();
    await page.getByRole('button', { name: 'AI verdicts' }).first().click();
    const row = page.locator('tr.verdict-row section.measured');
    await row.waitFor({ timeout: 30_000 });
    expect(await row.innerText()).toMatch(/measured 95\.5 tok\/s \(Dec 6, 2026\) · estimated ≈ \d+/i);
    await page.screenshot({ path: join(shots, 'inventory-measured.png'), fullPage: true });

    // Compare: this machine's card beside a catalogue RTX 3090. The Estimates table shows the measurement for the
    // scanned card and marks its rescaled decode cells; the catalogue card is neither measured nor rescaled.
    await page.getByRole('navigation').getByRole('button', { name: /^Compare/ }).click();
    await page.getByRole('region', { name: 'Devices to compare' }).getByRole('checkbox', { name: /RTX 3090/ }).first().check();
    const browse = page.getByRole('region', { name: 'Catalogue browser' });
    await browse.getByRole('searchbox').fill('RTX 3090');
    await browse.getByRole('button', { name: /Add .*RTX 3090 to comparison/ }).first().click();
    const estimates = page.getByRole('region', { name: 'Estimates side by side' });
    const measuredRow = estimates.locator('tr', { hasText: 'Your measurement (decode)' });
    await measuredRow.waitFor({ timeout: 30_000 });
    const [scanned, catalogue] = await measuredRow.locator('td').allInnerTexts();
    expect(scanned).toMatch(/^measured 95\.5 tok\/s \(Dec 6, 2026\), Llama 2 7B Q4_0 · estimated ≈ \d+/);
    expect(catalogue).toBe('not measured');
    const decodeCells = await estimates.locator('tr', { hasText: ': decode' }).evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(decodeCells.some(([mine]) => mine?.endsWith('(rescaled from your measurement)'))).toBe(true);
    expect(decodeCells.every(([, theirs]) => !theirs?.includes('rescaled'))).toBe(true);
    await estimates.screenshot({ path: join(shots, 'compare-measured.png') });
    await page.close();
  });

  it('in Italian too', async () => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 1000 }, locale: 'it-IT' });
    const page = await context.newPage();
    await page.goto(serve.openUrl);
    const gpu = page.locator('article.gpu section.measured').first();
    await gpu.waitFor({ timeout: 30_000 });
    expect(await gpu.innerText()).toMatch(/Misurato qui[\s\S]*misurato 95,5 tok\/s \(.+2026\) · stimato ≈ \d+/i);
    expect(await page.locator('.rescaled-note').first().innerText()).toMatch(/ricalibrate sulla tua misura di Llama 2 7B Q4_0/);
    expect(await page.locator('section.measured', { hasText: 'Misurato sulla CPU di questa macchina' }).innerText()).toMatch(/contesto di 80 token/);
    await page.screenshot({ path: join(shots, 'machine-measured-it.png'), fullPage: true });
    await context.close();
  });
});
