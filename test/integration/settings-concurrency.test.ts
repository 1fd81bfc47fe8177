import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../shared/settings/schema';

const root = join(__dirname, '..', '..');
const configDir = mkdtempSync(join(tmpdir(), 'rigshift-settings-race-'));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

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
});
