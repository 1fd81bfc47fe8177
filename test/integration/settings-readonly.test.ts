import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LanScanResultSchema } from '../../shared/lan/lan-device';
import { fixtureHost } from '../simulator/fixture-hosts';
import { startSimulator, type Simulator } from '../simulator/simulator';
import { makeUnwritable } from '../support/unwritable-dir';
import { cliEntry } from '../support/cli-entry';

const root = join(__dirname, '..', '..');
const configDir = mkdtempSync(join(tmpdir(), 'rigshift-settings-ro-'));
const CORRUPT = '{"schemaVersion": 1, "manualDev';
writeFileSync(join(configDir, 'config.json'), CORRUPT);
// Root ignores chmod, so the folder is made immutable where it runs as root (see makeUnwritable).
const restore = makeUnwritable(configDir);
let sim: Simulator | null = null;

beforeAll(async () => {
  if (restore) sim = await startSimulator([fixtureHost('127.47.19.100', 'bitaxe')]);
});
afterAll(async () => {
  await sim?.close();
  restore?.();
  rmSync(configDir, { recursive: true, force: true });
});

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [cliEntry, ...args], { cwd: root, env: { ...process.env, RIGSHIFT_CONFIG_DIR: configDir } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe.skipIf(!restore)(`a read-only settings folder holding a corrupt file${restore ? '' : ' (skipped: this machine cannot make a folder unwritable for this user)'}`, () => {
  it('does not stop a command: it runs with defaults in memory, warns, and leaves the file as it was', async () => {
    const { code, stdout, stderr } = await cli(['market', 'show']);
    expect(code, stderr).toBe(0);
    expect(stdout.length).toBeGreaterThan(0);
    expect(stderr).toMatch(/warning: Settings file was unreadable \(.*\); it could not be moved aside, so defaults are used for this session/);
    expect(stderr).toMatch(/cannot be saved \(.*\): RigShift carries on with them in memory/);
    expect(readFileSync(join(configDir, 'config.json'), 'utf8')).toBe(CORRUPT);
    expect(readdirSync(configDir)).toEqual(['config.json']);
  });

  it('prints a LAN scan whose result cannot be saved, says it was not saved, and exits 0', async () => {
    const { code, stdout, stderr } = await cli(['scan', '--lan', '127.47.19.100', '--json', '--timeout-ms', '500']);
    expect(code, stderr).toBe(0);
    const result = LanScanResultSchema.parse(JSON.parse(stdout));
    expect(result.devices.map((d) => d.ip)).toEqual(['127.47.19.100']);
    expect(stderr).toMatch(/warning: the result was not saved\. Settings in .* cannot be saved/);
    expect(readdirSync(configDir)).toEqual(['config.json']);
  });
});
