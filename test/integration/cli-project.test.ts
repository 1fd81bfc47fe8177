import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliEntry } from '../support/cli-entry';

const root = join(__dirname, '..', '..');
const configDir = mkdtempSync(join(tmpdir(), 'rigshift-project-'));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

function cli(args: string[], dir = configDir) {
  const r = spawnSync(process.execPath, [cliEntry, ...args], { cwd: root, env: { ...process.env, RIGSHIFT_CONFIG_DIR: dir }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run cli -- project', () => {
  it('projects an S19 Pro from the stored defaults, echoing every input with its origin', () => {
    const { code, stdout } = cli(['project', '--asic', 'Antminer S19 Pro', '--electricity', '0.12', '--months', '24', '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.months).toHaveLength(24);
    expect(out.months[0]).toEqual(expect.objectContaining({ month: 1, revenue: expect.any(Number), powerCost: expect.any(Number), profit: expect.any(Number), cumulative: expect.any(Number) }));
    expect(out.daily.powerCost).toBeCloseTo(9.36, 2);
    expect(out.inputs.coinPriceUsd).toMatchObject({ origin: 'default', date: expect.stringMatching(/^\d{4}-\d{2}/) });
    expect(out.inputs.electricityPerKwh).toEqual({ value: 0.12, origin: 'flag' });
    expect(out.breakEvenCoinPrice).toBeGreaterThan(0);
    expect(out).toHaveProperty('breakEvenMonth');
  });

  it('with every input given reproduces Hashrate Index\'s 2026-01-12 hashprice ($39.53 per PH/s per day) within 1 %', () => {
    const fees = String((3.125 / (1 - 0.0055)) * 0.0055);
    const { code, stdout } = cli(['project', '--hashrate', '1PH/s', '--algorithm', 'sha256', '--power', '0', '--electricity', '0', '--coin-price', '91132', '--difficulty', '146.47e12', '--fees-per-block', fees, '--pool-fee', '0', '--months', '1', '--start', '2026-01-12', '--halving-date', '2028-04-12', '--capex', '0', '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Math.abs(out.daily.revenue / 39.53 - 1)).toBeLessThan(0.01);
    expect(out.inputs.difficulty).toEqual({ value: 146.47e12, origin: 'flag' });
  });

  it('with every input given for an S19 Pro (110 TH/s) reproduces 0.110 × the 2026-01-12 hashprice, its power cost and flat months', () => {
    const fees = String((3.125 / (1 - 0.0055)) * 0.0055);
    const args = ['project', '--asic', 'Antminer S19 Pro', '--count', '1', '--power', '3250', '--electricity', '0.12', '--months', '24', '--start', '2026-01-12'];
    const market = ['--coin-price', '91132', '--difficulty', '146.47e12', '--fees-per-block', fees, '--block-reward', '3.125', '--pool-fee', '0', '--halving-date', '2028-04-12'];
    const growth = ['--difficulty-growth', '0', '--price-growth', '0', '--capex', '0', '--resale', '900', '--json'];
    const { code, stdout } = cli([...args, ...market, ...growth]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Math.abs(out.daily.revenue / (0.11 * 39.53) - 1)).toBeLessThan(0.01);
    expect(out.daily.powerCost).toBeCloseTo(9.36, 2);
    expect(out.months[0].revenue).toBeCloseTo(out.daily.revenue * 30.4375, 0);
    expect(out.months[23].cumulative).toBeCloseTo(out.months[0].profit * 24, 0);
    expect(out.breakEvenMonth).toBeNull();
    expect(out.options.sell.months[0].cumulative).toBe(900);
    expect(Object.values(out.inputs).filter((i) => (i as { origin: string }).origin === 'default')).toEqual([]);
  });

  it('multiplies revenue and power by --count and converts to EUR with --currency', () => {
    const one = JSON.parse(cli(['project', '--asic', 'Antminer S19 Pro', '--json']).stdout);
    const three = JSON.parse(cli(['project', '--asic', 'Antminer S19 Pro', '--count', '3', '--json']).stdout);
    expect(three.daily.powerCost).toBeCloseTo(one.daily.powerCost * 3, 1);
    expect(three.daily.revenue).toBeCloseTo(one.daily.revenue * 3, 1);
    const eur = JSON.parse(cli(['project', '--asic', 'Antminer S19 Pro', '--currency', 'EUR', '--json']).stdout);
    expect(eur.currency).toBe('EUR');
  });

  it('projects renting for a GPU rig', () => {
    const out = JSON.parse(cli(['project', '--gpu', 'RTX 3090', '--count', '6', '--rent-per-hour', '0.2', '--utilization', '0.6', '--platform-fee', '0.1', '--json']).stdout);
    expect(out.options.rent.daily.revenue).toBeCloseTo(0.2 * 24 * 0.6 * 0.9 * 6, 2);
  });

  it.each([
    [['project', '--asic', 'Antminer S19 Pro', '--electricity', 'cheap'], /--electricity/],
    [['project', '--asic', 'Antminer S19 Pro', '--months', '0'], /--months/],
    [['project', '--asic', 'Antminer S19 Pro', '--pool-fee', '2'], /--pool-fee/],
    [['project', '--asic', 'Antminer L7', '--difficulty', '1e14'], /--difficulty applies to SHA-256/],
    [['project', '--asic', 'Antminer S19 Pro', '--rent-per-hour', '1'], /--rent-per-hour applies to GPUs/],
    [['project', '--hashrate', 'fast', '--algorithm', 'sha256', '--power', '1'], /--hashrate/],
    [['project', '--hashrate', '100TH/s', '--algorithm', 'sha256'], /--power/],
    [['project', '--asic', 'S19 Pro', '--gpu', 'RTX 3090'], /exactly one/],
    [['project', '--start', '2026-13-45', '--asic', 'Antminer S19 Pro'], /--start/],
  ])('refuses %j naming the input', (args, message) => {
    const { code, stderr } = cli(args as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message as RegExp);
  });

  it('reads the same inputs from a scenario file as from flags, and flags win over the file', () => {
    const file = join(configDir, 'one.json');
    writeFileSync(file, JSON.stringify({ asic: 'Antminer S19 Pro', count: 2, electricity: 0.07, months: 12, 'coin-price': 80000, 'pool-fee': 0.02, start: '2026-12-01' }));
    const fromFile = JSON.parse(cli(['project', '--file', file, '--json']).stdout);
    const fromFlags = JSON.parse(cli(['project', '--asic', 'Antminer S19 Pro', '--count', '2', '--electricity', '0.07', '--months', '12', '--coin-price', '80000', '--pool-fee', '0.02', '--start', '2026-12-01', '--json']).stdout);
    expect(fromFile.months).toEqual(fromFlags.months);
    expect(fromFile.daily).toEqual(fromFlags.daily);
    const overridden = JSON.parse(cli(['project', '--file', file, '--electricity', '0.2', '--json']).stdout);
    expect(overridden.inputs.electricityPerKwh.value).toBe(0.2);
    expect(overridden.daily.powerCost).toBeCloseTo(fromFile.daily.powerCost * (0.2 / 0.07), 1);
  });

  it('projects a site from a scenario file: options summed over its devices, capital cost for the whole site', () => {
    const file = join(root, 'docs', 'examples', 'scenario-site.json');
    const site = JSON.parse(cli(['project', '--file', file, '--capex', '5000', '--json']).stdout);
    const common = ['--electricity', '0.12', '--months', '24', '--start', '2026-12-01', '--json'];
    const asics = JSON.parse(cli(['project', '--asic', 'Antminer S19 Pro', '--count', '3', '--coin-price', '20000', ...common]).stdout);
    const rig = JSON.parse(cli(['project', '--gpu', 'RTX 3090', '--count', '6', '--rent-per-hour', '0.17', '--utilization', '0.5', ...common]).stdout);
    expect(site.devices.map((d: { hardware: string }) => d.hardware)).toEqual(['3× Antminer S19 Pro', '6× GeForce RTX 3090']);
    expect(site.options.mine.months[23].cumulative).toBeCloseTo(asics.options.mine.months[23].cumulative + rig.options.mine.months[23].cumulative, 0);
    // Renting: the rig rents, the ASICs are switched off (they cannot be rented).
    expect(site.options.rent.months[23].cumulative).toBeCloseTo(rig.options.rent.months[23].cumulative, 0);
    expect(site.inputs.capexUsd.value).toBe(5000);
    const rentCovers = site.options.rent.months.find((m: { cumulative: number }) => m.cumulative >= 5000)?.month ?? null;
    expect(site.options.rent.breakEvenMonth).toBe(rentCovers);
  });

  it.each([
    [{ asic: 'Antminer S19 Pro', electricity: 'cheap' }, /--file .*one-bad\.json: --electricity must be a number/],
    [{ asic: 'Antminer S19 Pro', colour: 'red' }, /--file .*: Unrecognized key: "colour"/],
    [{ asic: 'Antminer S19 Pro', market: { btcPriceUsd: -5 } }, /market\.btcPriceUsd: btcPriceUsd must be between/],
    [{ devices: [{ asic: 'Antminer S19 Pro' }, { gpu: 'RTX 3090' }], 'coin-price': 3 }, /ambiguous for several devices/],
    [{ asic: 'Antminer S19 Pro', devices: [{ gpu: 'RTX 3090' }] }, /either at the top level or in "devices"/],
  ])('refuses a bad scenario file %j, naming the file and the input', (content, message) => {
    const file = join(configDir, 'one-bad.json');
    writeFileSync(file, JSON.stringify(content));
    const { code, stderr } = cli(['project', '--file', file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('refuses a scenario file that is missing, not JSON or too large', () => {
    expect(cli(['project', '--file', join(configDir, 'nope.json')]).stderr).toMatch(/cannot be read/);
    const notJson = join(configDir, 'not.json');
    writeFileSync(notJson, '{"asic": "Antminer');
    expect(cli(['project', '--file', notJson]).stderr).toMatch(/not JSON/);
    const big = join(configDir, 'big.json');
    writeFileSync(big, JSON.stringify({ name: 'x'.repeat(300_000) }));
    const result = cli(['project', '--file', big]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/larger than 256 KiB/);
  });

  it.runIf(existsSync('/dev/zero'))('refuses --file /dev/zero at once (exit 2, one clear line, no stack trace) and stays small in memory', () => {
    // Peak memory through GNU time where it exists (the bytes-read bound itself is proven in read-bounded.test.ts).
    const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0;
    const args = [process.execPath, cliEntry, 'project', '--file', '/dev/zero'];
    const r = gnuTime
      ? spawnSync('/usr/bin/time', ['-v', ...args], { cwd: root, env: { ...process.env, RIGSHIFT_CONFIG_DIR: configDir }, encoding: 'utf8', timeout: 60_000 })
      : spawnSync(args[0] ?? '', args.slice(1), { cwd: root, env: { ...process.env, RIGSHIFT_CONFIG_DIR: configDir }, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^rigshift: --file \/dev\/zero: not a regular file \(a character device\)$/m);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    if (gnuTime) {
      const peakKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
      expect(peakKiB).toBeGreaterThan(0);
      expect(peakKiB).toBeLessThan(200 * 1024);
    }
  });

  it.runIf(process.platform !== 'win32')('refuses a FIFO as --file without waiting for a writer', () => {
    const fifo = join(configDir, 'scenario.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const { code, stderr } = cli(['project', '--file', fifo]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/scenario\.fifo: not a regular file \(a pipe \(FIFO\)\)/);
  });

  it('keeps working from a corrupt settings file, moving it aside and saying so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rigshift-corrupt-'));
    writeFileSync(join(dir, 'config.json'), '{"schemaVersion":1,"preferences":{"electricityPerKwh":"lots"');
    const { code, stdout, stderr } = cli(['project', '--asic', 'Antminer S19 Pro', '--json'], dir);
    expect(code).toBe(0);
    expect(stderr).toMatch(/warning: Settings file was unreadable.*kept as/);
    expect(JSON.parse(stdout).months.length).toBeGreaterThan(0);
    expect(readdirSync(dir).some((f) => f.startsWith('config.corrupt-'))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
