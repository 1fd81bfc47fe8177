/**
 * Earnings view redraw: in Chromium, moves the electricity slider and measures the time from the input event to the
 * first frame in which the option cards and the cumulative-profit chart show the new figures (whole inventory:
 * a replayed 6-GPU rig plus an ASIC added by hand).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeMachine } from '../fakes/fake-bin';
import { launchChromium } from '../support/browser';
import { startServe } from '../support/serve-process';

/**
 * Runs in the page (plain JS text: the bundler's helpers do not exist there): one slider move, resolved at the first
 * animation frame where both the option cards and the cumulative-profit chart show the new figures.
 */
const redrawOnce = (value: string): string => `new Promise((resolve, reject) => {
  const slider = document.querySelector('input[aria-label="Electricity price slider"]');
  const card = () => document.querySelector('.option-card .big')?.textContent ?? '';
  const line = () => document.querySelector('[aria-label="Cumulative profit by option"] .recharts-line path')?.getAttribute('d') ?? '';
  if (!slider) return reject(new Error('no slider'));
  const before = { card: card(), line: line() };
  const t0 = performance.now();
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(slider, ${JSON.stringify(value)});
  slider.dispatchEvent(new Event('input', { bubbles: true }));
  const check = () => {
    if (card() !== before.card && line() !== before.line) return resolve(performance.now() - t0);
    if (performance.now() - t0 > 5000) return reject(new Error('view did not redraw within 5 s'));
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

export async function earningsViewBench(): Promise<void> {
  const machine = fakeMachine('rig-6x-rtx3070-x1');
  const configDir = mkdtempSync(join(tmpdir(), 'rigshift-bench-earn-'));
  const serve = await startServe({ ...machine.env, RIGSHIFT_CONFIG_DIR: configDir });
  const browser = await launchChromium();
  try {
    await serve.call('updateInventory', { op: 'addItem', kind: 'asic', catalogueId: 'antminer-s19-pro', count: 1 });
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    await page.goto(serve.openUrl);
    await page.locator('article.gpu').first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Earnings' }).click();
    await page.getByLabel('Hardware').selectOption({ label: 'Whole inventory' });
    await page.locator('[aria-label="Cumulative profit by option"] .recharts-line').first().waitFor({ timeout: 20_000 });
    const times: number[] = [];
    for (let i = 0; i < 21; i++) times.push(Number(await page.evaluate(redrawOnce((0.05 + (i % 7) * 0.025).toFixed(3)))));
    const warm = times.slice(1).sort((a, b) => a - b);
    const at = (q: number): number => warm[Math.min(warm.length - 1, Math.floor(q * warm.length))] ?? 0;
    console.log(`earnings view redraw after an input change (Chromium, whole inventory): median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, first ${(times[0] ?? 0).toFixed(1)} ms over ${times.length} changes (target < 100 ms)`);
  } finally {
    await browser.close();
    await serve.stop();
    machine.cleanup();
    rmSync(configDir, { recursive: true, force: true });
  }
}
