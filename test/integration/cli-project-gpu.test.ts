import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliEntry } from '../support/cli-entry';

const root = join(__dirname, '..', '..');
const configDir = mkdtempSync(join(tmpdir(), 'rigshift-project-gpu-'));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [cliEntry, ...args], { cwd: root, env: { ...process.env, RIGSHIFT_CONFIG_DIR: configDir }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const rig = ['project', '--gpu', 'RX 580 8GB', '--count', '8', '--electricity', '0.12', '--months', '12', '--json'];

describe('npm run cli -- project --gpu: mining per coin (#24)', () => {
  it('names the coin, algorithm, hashrate and tuned power per card it used, from the dated hashrate table', () => {
    const { code, stdout, stderr } = cli(rig);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    // RX 580 8GB row: Autolykos2 58 MH/s at 100 W (best net: Ravencoin 11 MH/s at 110 W earns more but costs 10 W more)
    expect(out.inputs.coin).toMatchObject({ value: 'erg', origin: 'default' });
    expect(out.inputs.algorithm).toEqual({ value: 'autolykos2', origin: 'default' });
    expect(out.inputs.hashrateHsPerCard).toMatchObject({ value: 58e6, origin: 'default', source: expect.stringMatching(/hashrate\.no/) });
    expect(out.inputs.powerWPerCard).toMatchObject({ value: 100, origin: 'default' });
    expect(out.inputs.powerW.value).toBe(800);
    expect(out.inputs.coinPriceUsd).toMatchObject({ value: 0.32, date: '2026-04-15' });
    // by hand: 8 × 58e6 / 2.580536e12 × 720 × 3 ERG × $0.32 × (1 − 0.04); 800 W × 24 h × $0.12
    const revenue = ((8 * 58e6) / 2.580536047246e12) * 720 * 3 * 0.32 * 0.96;
    expect(out.daily.revenue).toBeCloseTo(revenue, 2);
    expect(out.daily.powerCost).toBeCloseTo(2.304, 2);
    expect(out.notes.join(' ')).toMatch(/Ergo on Autolykos2 at 58 MH\/s and 100 W per card/);
    expect(out.notes.join(' ')).not.toMatch(/RTX 4090/);
  });

  it('--coin, --hashrate and --power replace the coin, the hashrate per card and the power per card', () => {
    const { code, stdout } = cli([...rig, '--coin', 'rvn', '--hashrate', '12.5MH/s', '--power', '90']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.inputs.coin).toEqual({ value: 'rvn', origin: 'flag' });
    expect(out.inputs.algorithm).toEqual({ value: 'kawpow', origin: 'flag' });
    expect(out.inputs.hashrateHsPerCard).toEqual({ value: 12.5e6, origin: 'flag' });
    expect(out.inputs.powerWPerCard).toEqual({ value: 90, origin: 'flag' });
    expect(out.inputs.hashrateBasis).toEqual({ value: 'yours', origin: 'flag' });
    const revenue = ((8 * 12.5e6) / 4.398864564997e12) * 1440 * 1250 * 0.0057 * 0.96;
    expect(out.daily.revenue).toBeCloseTo(revenue, 2);
    expect(out.daily.powerCost).toBeCloseTo((8 * 90 * 24 * 0.12) / 1000, 2);
  });

  it('--coin alone mines that coin at the table figure; coin flags then replace its market figures', () => {
    const out = JSON.parse(cli([...rig, '--coin', 'Ravencoin', '--coin-price', '0.02']).stdout);
    expect(out.inputs.coin).toEqual({ value: 'rvn', origin: 'flag' });
    expect(out.inputs.hashrateHsPerCard).toMatchObject({ value: 11e6, origin: 'default' });
    expect(out.inputs.coinPriceUsd).toEqual({ value: 0.02, origin: 'flag' });
    expect(out.daily.revenue).toBeCloseTo(((8 * 11e6) / 4.398864564997e12) * 1440 * 1250 * 0.02 * 0.96, 2);
  });

  it('reads coin, per-card hashrate and power from a scenario file like the flags', () => {
    const file = join(configDir, 'rig.json');
    writeFileSync(file, JSON.stringify({ gpu: 'RX 580 8GB', count: 8, coin: 'rvn', hashrate: '12.5MH/s', power: 90, electricity: 0.12, months: 12 }));
    const fromFile = JSON.parse(cli(['project', '--file', file, '--json']).stdout);
    const fromFlags = JSON.parse(cli([...rig, '--coin', 'rvn', '--hashrate', '12.5MH/s', '--power', '90']).stdout);
    // Values from the file are labelled as such (#22.8); the figures equal the flags'.
    expect(fromFile.inputs.coin).toEqual({ value: 'rvn', origin: 'file' });
    expect(fromFlags.inputs.coin).toEqual({ value: 'rvn', origin: 'flag' });
    expect(fromFile.daily).toEqual(fromFlags.daily);
  });

  it('refuses what it cannot honour, naming the flag', () => {
    expect(cli(['project', '--gpu', 'Arc A770', '--coin', 'erg', '--json']).stderr).toMatch(/--coin erg: no Autolykos2 hashrate known/);
    expect(cli(['project', '--gpu', 'RX 580 8GB', '--hashrate', '12MH/s']).stderr).toMatch(/--hashrate with --gpu is per card and needs --coin/);
    expect(cli(['project', '--gpu', 'RX 580 8GB', '--coin', 'doge']).stderr).toMatch(/--coin must be one of rvn/);
    expect(cli(['project', '--asic', 'Antminer S19 Pro', '--coin', 'rvn']).stderr).toMatch(/--coin applies to --gpu/);
  });
});
