import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeMachine } from '../fakes/fake-bin';
import { electronBinary, NO_ELECTRON_REASON } from '../support/electron-binary';

const root = join(__dirname, '..', '..');
const binary = electronBinary();
// Where no binary exists these are reported as skipped, with the reason in their name (the CI summary lists them).
const title = `the desktop app (Playwright _electron)${binary ? '' : ` — skipped: ${NO_ELECTRON_REASON}`}`;

describe.skipIf(!binary)(title, () => {
  const machine = fakeMachine('rig-6x-rtx3070-x1');
  const configDir = mkdtempSync(join(tmpdir(), 'rigshift-electron-'));
  let app: ElectronApplication;
  let window: Page;

  beforeAll(async () => {
    const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, encoding: 'utf8', timeout: 240_000 });
    expect(build.status, build.stderr).toBe(0);
    let executablePath = binary ?? '';
    // Linux without a display: run the window under Xvfb through a small wrapper.
    if (process.platform === 'linux' && !process.env.DISPLAY) {
      executablePath = join(configDir, 'electron-xvfb.sh');
      writeFileSync(executablePath, `#!/bin/sh\nexec xvfb-run -a "${binary}" "$@"\n`);
      chmodSync(executablePath, 0o755);
    }
    app = await _electron.launch({ executablePath, args: [root, '--no-sandbox'], env: { ...machine.env, RIGSHIFT_CONFIG_DIR: configDir } as Record<string, string>, timeout: 60_000 });
    window = await app.firstWindow();
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    machine.cleanup();
    rmSync(configDir, { recursive: true, force: true });
  });

  it('launches with the security defaults: isolated, sandboxed, no Node in the page', async () => {
    expect(await window.evaluate('typeof require')).toBe('undefined');
    expect(await window.evaluate('typeof window.rig')).toBe('object');
  });

  it('scans this machine (a replayed 6-GPU rig) and shows one grouped card with verdicts', async () => {
    const card = window.locator('article.gpu').first();
    await card.waitFor({ timeout: 60_000 });
    expect(await card.locator('h3').innerText()).toMatch(/6×\s+NVIDIA GeForce RTX 3070/);
  });

  it('opens Earnings and draws its projection', async () => {
    await window.getByRole('button', { name: 'Earnings' }).click();
    await window.locator('.recharts-line').first().waitFor({ timeout: 30_000 });
    expect(await window.locator('.option-card').count()).toBeGreaterThanOrEqual(2);
  });

  it('reloads the window after the renderer crashes, and logs it in the data folder', async () => {
    const reloaded = window.waitForEvent('load', { timeout: 60_000 });
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer());
    await reloaded;
    await window.getByRole('navigation').waitFor({ timeout: 30_000 });
    const dataDir = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
    expect(readFileSync(join(dataDir, 'logs', 'rigshift.log'), 'utf8')).toMatch(/renderer gone \(crashed, exit -?\d+\); reloading the window/);
  }, 120_000);
});
