import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

  it('project says which variant it took too', () => {
    const { code, stdout } = cli(['project', '--gpu', 'rx580', '--months', '3']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^! Took "rx580" as Radeon RX 580 8GB/m);
    expect(cli(['project', '--gpu', 'Radeon RX 580 4GB', '--months', '3']).stdout).not.toMatch(/Took/);
  });

  it('compare resolves typed names and notes a variant pick beside its column', () => {
    const { code, stdout, stderr } = cli(['compare', 'rx580', 'S19 pro']);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^! Radeon RX 580 8GB: Took "rx580" as Radeon RX 580 8GB/m);
    expect(stdout).not.toMatch(/Took "S19 pro"/);
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

describe('numbers for people (#22.8)', () => {
  it('market show prints labels, values for people and whole sources', () => {
    const { code, stdout } = cli(['market', 'show']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Bitcoin difficulty\s+133\.87 T\s/m);
    expect(stdout).toMatch(/^Pool fee\s+4 %\s/m);
    expect(stdout).toMatch(/^Difficulty trend\s+-1\.7 % a month\s/m);
    expect(stdout).not.toMatch(/btcDifficulty|133870000000000|poolFee/);
    // The longest shipped source, whole: it used to be cut at 70 characters.
    expect(stdout).toMatch(/Per RigShift research utilization_defaults/);
  });

  it('project echoes rounded values, percentages and scaled difficulty', () => {
    const { code, stdout } = cli(['project', '--gpu', 'RTX 3060 Ti', '--months', '12']);
    expect(code).toBe(0);
    const inputs = lineOf(stdout, 'Inputs:');
    expect(inputs).toMatch(/rentPerGpuHour=0\.\d{1,5},/);
    expect(inputs).toMatch(/platformFee=25 %/);
    const btc = lineOf(cli(['project', '--asic', 'Antminer S19 Pro']).stdout, 'Inputs:');
    expect(btc).toMatch(/difficulty=133\.87 T/);
    expect(btc).toMatch(/poolFee=4 %/);
  });

  it('labels values from a scenario file "(file)" and command-line ones "(flag)"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rigshift-scenario-'));
    try {
      const file = join(dir, 'rig.json');
      writeFileSync(file, JSON.stringify({ gpu: 'RTX 3060 Ti', electricity: 0.2, utilization: 0.3 }));
      const inputs = lineOf(cli(['project', '--file', file, '--months', '12']).stdout, 'Inputs:');
      expect(inputs).toMatch(/electricityPerKwh=0\.2 \(file\)/);
      expect(inputs).toMatch(/utilization=30 % \(file\)/);
      expect(inputs).toMatch(/months=12 \(flag\)/);
      writeFileSync(file, JSON.stringify({ name: 'Garage', capex: 1000, devices: [{ asic: 'Antminer S19 Pro' }, { gpu: 'RTX 3070', count: 6 }] }));
      expect(lineOf(cli(['project', '--file', file, '--months', '6']).stdout, 'Inputs:')).toMatch(/capexUsd=1000 \(file\)/);
      expect(lineOf(cli(['project', '--file', file, '--months', '6', '--capex', '900']).stdout, 'Inputs:')).toMatch(/capexUsd=900 \(flag\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--capex shows in each total, not only in the break-even month', () => {
    const without = lineOf(cli(['project', '--asic', 'Antminer S19 Pro']).stdout, '  off');
    expect(without).not.toMatch(/outlay/);
    const off = lineOf(cli(['project', '--asic', 'Antminer S19 Pro', '--capex', '800']).stdout, '  off');
    expect(off).toMatch(/total \$0\.00 \(-\$800\.00 after the \$800\.00 outlay\)/);
  });
});
