import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliEntry } from '../support/cli-entry';

const root = join(__dirname, '..', '..');
const configDir = mkdtempSync(join(tmpdir(), 'rigshift-cli22-'));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [cliEntry, ...args], { cwd: root, env: { ...process.env, RIGSHIFT_CONFIG_DIR: configDir }, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const lineOf = (stdout: string, needle: string): string => stdout.split('\n').find((l) => l.includes(needle)) ?? '';

describe('judge shows the deciding reason first (#22.4)', () => {
  it('RX 580: small training is "no" for want of a ROCm PyTorch build, not "8 GB covers it"', () => {
    const { code, stdout } = cli(['judge', '--gpu', 'RX 580 8GB']);
    expect(code).toBe(0);
    const line = lineOf(stdout, 'Train a small model');
    expect(line).toMatch(/no ROCm PyTorch build for gfx803/i);
    expect(line).not.toMatch(/covers/);
  });
});

describe('names as miners type them (#22.5)', () => {
  it.each([
    ['--asic', 'S19 pro', 'Antminer S19 Pro'],
    ['--asic', 's19pro', 'Antminer S19 Pro'],
    ['--gpu', 'rx580', 'Radeon RX 580 8GB'],
    ['--gpu', 'RX580 8G', 'Radeon RX 580 8GB'],
    ['--gpu', 'rx 580 4g', 'Radeon RX 580 4GB'],
    ['--gpu', '3070', 'GeForce RTX 3070'],
    ['--gpu', 'rtx3060ti', 'GeForce RTX 3060 Ti'],
  ])('judge %s "%s" resolves to %s', (flag, typed, name) => {
    const { code, stdout, stderr } = cli(['judge', flag, typed, '--json']);
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout) as { devices: { device: { rawName: string } }[] };
    expect(report.devices[0]?.device.rawName).toBe(name);
  });

  it('says when it picked one variant of a name, and not when the name was exact', () => {
    const picked = cli(['judge', '--gpu', 'RX 580']);
    expect(picked.code).toBe(0);
    expect(picked.stdout).toMatch(/! Took "RX 580" as Radeon RX 580 8GB \(also: Radeon RX 580 4GB/);
    expect(cli(['judge', '--gpu', 'Radeon RX 580 8GB']).stdout).not.toMatch(/Took/);
  });

  it('exits 3 with each candidate once for ambiguous and unknown names', () => {
    for (const [flag, typed] of [['--gpu', 'H100'], ['--gpu', 'rtx 9999'], ['--asic', 'antminer zz']] as const) {
      const { code, stderr } = cli(['judge', flag, typed]);
      expect(code).toBe(3);
      const names = [...stderr.matchAll(/"([^"]+)"/g)].map((m) => m[1]).slice(1);
      expect(names.length).toBeGreaterThan(1);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
