import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliEntry } from '../support/cli-entry';
import { commandGraph } from '../support/command-graph';

const root = join(__dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'rigshift-cli-chunks-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Packages and our own modules that only scan, LAN, settings, market, plan and bench need. */
const HEAVY_PACKAGES = ['systeminformation', 'conf', 'ajv', 'node-llama-cpp', 'electron-store', 'electron'];
const HEAVY_SOURCES = ['electron/services/', 'shared/lan/', 'shared/api/', 'shared/market/', 'shared/plan/', 'electron/cli/commands/scan', 'electron/cli/commands/market', 'electron/cli/open-services'];

/** Every module file URL (once each) the bundled CLI resolves for these arguments (a resolve hook writes them down). */
function loadedBy(args: string[], name: string): string[] {
  const log = join(work, `${name}.log`);
  const result = spawnSync(process.execPath, ['--import', join(root, 'test', 'support', 'load-log', 'register.mjs'), cliEntry, ...args], {
    cwd: root,
    env: { ...process.env, RIGSHIFT_LOAD_LOG: log, RIGSHIFT_CONFIG_DIR: join(work, 'config') },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return [...new Set(readFileSync(log, 'utf8').split('\n').filter((line) => line.startsWith('file:')))];
}

const packageOf = (url: string): string | undefined => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];

describe('the bundled CLI loads only what a command needs', () => {
  it('judge --gpu loads no scanner, LAN, settings or market module, and a bounded number of files', () => {
    const loaded = loadedBy(['judge', '--gpu', 'RTX 3090', '--json'], 'judge');
    const packages = new Set(loaded.flatMap((url) => packageOf(url) ?? []));
    expect(loaded.some((url) => /\/out\/cli\/judge-[A-Z0-9]+\.mjs$/.test(url))).toBe(true);
    expect(HEAVY_PACKAGES.filter((name) => packages.has(name))).toEqual([]);
    expect(loaded.filter((url) => url.includes(`${dirname(cliEntry)}/`)).length).toBeLessThanOrEqual(20);
    expect(loaded.filter((url) => packageOf(url) !== undefined).length).toBeLessThanOrEqual(5);
  });

  it('the hook does see heavy modules where a command needs them: plan opens the settings (conf)', () => {
    const packages = new Set(loadedBy(['plan', '--json'], 'plan').flatMap((url) => packageOf(url) ?? []));
    expect(packages.has('conf')).toBe(true);
  });

  it("esbuild's metafile: judge's chunk graph holds none of the heavy sources and at most three quarters of the bundle's bytes", () => {
    const meta = JSON.parse(readFileSync(join(dirname(cliEntry), 'meta.json'), 'utf8'));
    const judge = commandGraph(meta.outputs, 'judge');
    const scan = commandGraph(meta.outputs, 'scan');
    expect(judge.inputs).toContain('shared/judge/judge-machine.ts');
    expect(judge.inputs.filter((input) => HEAVY_SOURCES.some((heavy) => input.startsWith(heavy)))).toEqual([]);
    expect(judge.externals.filter((name) => !name.startsWith('node:'))).toEqual(['fastest-levenshtein']);
    expect(scan.inputs.some((input) => input.startsWith('electron/services/'))).toBe(true);
    const total = Object.entries(meta.outputs as Record<string, { bytes: number }>).filter(([key]) => key.endsWith('.mjs')).reduce((sum, [, o]) => sum + o.bytes, 0);
    expect(judge.bytes).toBeLessThan(total * 0.75);
  });
});
