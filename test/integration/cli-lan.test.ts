import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LanScanResultSchema } from '../../shared/lan/lan-device';
import { fixtureHost } from '../simulator/fixture-hosts';
import { hostileHosts } from '../simulator/hostile';
import { startSimulator, type Simulator } from '../simulator/simulator';
import { cliEntry } from '../support/cli-entry';

const root = join(__dirname, '..', '..');
const configDir = mkdtempSync(join(tmpdir(), 'rigshift-cli-lan-'));
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator([
    fixtureHost('127.30.0.100', 'antminer-s19pro'),
    fixtureHost('127.30.0.101', 'whatsminer-v2', { keepOpen: true, nul: false }),
    fixtureHost('127.30.0.102', 'bitaxe'),
    fixtureHost('127.30.0.103', 't-rex'),
    ...hostileHosts('127.30.0'),
  ]);
});
afterAll(async () => {
  await sim.close();
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

describe('npm run cli -- scan --lan', () => {
  it('prints every miner of a simulated /24 as JSON with the documented fields, and progress on stderr', async () => {
    const { code, stdout, stderr } = await cli(['scan', '--lan', '127.30.0.0/24', '--json', '--timeout-ms', '500']);
    expect(code).toBe(0);
    const result = LanScanResultSchema.parse(JSON.parse(stdout));
    expect(result.stats).toMatchObject({ targets: 254, probed: 254, found: 4 });
    expect(result.devices.map((d) => d.ip)).toEqual(['127.30.0.100', '127.30.0.101', '127.30.0.102', '127.30.0.103']);
    const s19 = result.devices[0];
    for (const key of ['ip', 'port', 'make', 'model', 'firmware', 'algorithm', 'hashrateHs', 'powerWatts', 'powerSource', 'temperaturesC', 'fans', 'uptimeS', 'pool', 'recognised'])
      expect(s19).toHaveProperty(key);
    expect(s19).toMatchObject({ make: 'Bitmain', model: 'Antminer S19 Pro', powerSource: 'estimated', powerWatts: 3250, recognised: 'full' });
    expect(result.devices[3]).toMatchObject({ kind: 'gpu-rig', miner: 'T-Rex' });
    expect(stderr).toMatch(/scanning \d+\/254 hosts/);
  });

  it('prints a readable table with the ASIC verdict and power budget', async () => {
    const { code, stdout } = await cli(['scan', '--lan', '127.30.0.100-102', '--timeout-ms', '500']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/127\.30\.0\.100:4028 {2}Bitmain Antminer S19 Pro/);
    expect(stdout).toMatch(/AI: no \(an ASIC only hashes\); its 3250 W could run 7× GeForce RTX 3090 \(15 % kept/);
  });

  it('refuses public ranges without --yes, and bad targets with usage', async () => {
    const pub = await cli(['scan', '--lan', '8.8.8.8']);
    expect(pub.code).toBe(2);
    expect(pub.stderr).toMatch(/public addresses.*--yes/);
    const bad = await cli(['scan', '--lan', 'not-an-ip']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not an IPv4 address/);
  });
});
