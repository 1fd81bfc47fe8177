import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../shared/settings/schema';
import { fixtureHost } from '../simulator/fixture-hosts';
import { startSimulator } from '../simulator/simulator';
import { cliEntry } from '../support/cli-entry';

const root = join(__dirname, '..', '..');
const configDir = mkdtempSync(join(tmpdir(), 'rigshift-settings-race-'));
const lanDir = mkdtempSync(join(tmpdir(), 'rigshift-settings-race-lan-'));
afterAll(() => [configDir, lanDir].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const WRITERS = 4;
const ITEMS_EACH = 12;

interface Writer {
  ready: Promise<void>;
  finished: Promise<{ code: number | null; stderr: string }>;
  go: () => void;
}

function writer(tag: string): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test', 'support', 'settings-writer.ts'), configDir, tag, String(ITEMS_EACH)], { cwd: root });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const ready = new Promise<void>((resolve) => child.stdout.on('data', (c: Buffer) => c.toString().includes('ready') && resolve()));
  const finished = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
  return { ready, finished, go: () => child.stdin.end('go\n') };
}

describe('several processes changing the settings at once (CLI, serve and the app share one file)', () => {
  it(`keeps every change: ${WRITERS} processes adding ${ITEMS_EACH} devices each end with all of them`, async () => {
    const writers = Array.from({ length: WRITERS }, (_, i) => writer(`w${i}`));
    // Everyone has opened the settings before anyone writes, so the writes really overlap.
    await Promise.all(writers.map((w) => w.ready));
    writers.forEach((w) => w.go());
    const results = await Promise.all(writers.map((w) => w.finished));
    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
    const settings = SettingsSchema.parse(JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8')));
    const names = settings.inventory.items.map((item) => item.name).sort();
    const expected = writers.flatMap((_, i) => Array.from({ length: ITEMS_EACH }, (__, n) => `w${i}-${n}`)).sort();
    expect(names).toEqual(expected);
  }, 90_000);

  it('keeps the miners of two `scan --lan` runs of different miners that finish together (the reported case)', async () => {
    const sim = await startSimulator([fixtureHost('127.47.20.100', 'antminer-s19pro'), fixtureHost('127.47.20.101', 'bitaxe')]);
    try {
      const scan = (target: string) =>
        new Promise<{ code: number | null; stderr: string }>((resolve) => {
          const child = spawn(process.execPath, [cliEntry, 'scan', '--lan', target, '--json', '--timeout-ms', '500'], {
            cwd: root,
            env: { ...process.env, RIGSHIFT_CONFIG_DIR: lanDir },
          });
          let stderr = '';
          child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
          child.on('close', (code) => resolve({ code, stderr }));
        });
      const runs = await Promise.all([scan('127.47.20.100'), scan('127.47.20.101')]);
      for (const run of runs) expect(run, run.stderr).toMatchObject({ code: 0 });
      const settings = SettingsSchema.parse(JSON.parse(readFileSync(join(lanDir, 'config.json'), 'utf8')));
      const lan = settings.inventory.items.filter((item) => item.source === 'lan');
      expect(lan.map((item) => item.name).sort()).toEqual(['Antminer S19 Pro', 'Bitaxe Gamma']);
    } finally {
      await sim.close();
    }
  }, 60_000);
});
