import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PlanReportSchema } from '../../shared/plan/plan-report';
import { cliEntry } from '../support/cli-entry';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'rigshift-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [cliEntry, ...args], { cwd: root, env: { ...process.env, RIGSHIFT_CONFIG_DIR: dir }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('npm run cli -- plan --file docs/examples/fleet-home.json --json (#20.7)', () => {
  const { code, stdout, stderr } = cli(['plan', '--file', 'docs/examples/fleet-home.json', '--json']);
  const report = PlanReportSchema.parse(JSON.parse(stdout || 'null'));
  const device = (id: string) => report.devices.find((d) => d.options.length > 0 && d.name.includes(id));

  it('exits 0 with output valid against its schema', () => {
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(report.currency).toBe('USD');
    expect(report.devices.map((d) => [d.name, d.count])).toEqual([['Antminer S19 Pro', 3], ['Radeon RX 580 8GB', 8], ['GeForce RTX 3070', 6]]);
  });

  it('gives every device its options in one unit: a 12-month net and a monthly figure (selling: once)', () => {
    for (const d of report.devices) {
      expect(d.options.map((o) => o.id)).toEqual(expect.arrayContaining(['mine', 'sell', 'off']));
      for (const o of d.options) {
        expect(Number.isFinite(o.net12)).toBe(true);
        if (o.id === 'sell') expect(o.perMonth).toBeNull();
        else expect(o.perMonth).toBeCloseTo(o.net12 / 12, 9);
      }
      expect(d.options.find((o) => o.id === d.best)?.available).toBe(true);
    }
  });

  it('has a hybrid option for both GPU rigs and none for the ASICs', () => {
    expect(device('RX 580')?.options.map((o) => o.id)).toContain('hybrid');
    expect(device('RTX 3070')?.options.find((o) => o.id === 'hybrid')).toMatchObject({ available: true, hybrid: { rest: expect.stringMatching(/mine|idle/) } });
    expect(device('S19')?.options.map((o) => o.id)).not.toContain('hybrid');
  });

  it('audits each GPU rig per marketplace with rule-level results and fixes, and rents only on a counted platform', () => {
    expect(report.audits.map((a) => a.audit.rigName)).toEqual(['8x RX 580 on x1 risers', '6x RTX 3070']);
    for (const a of report.audits) {
      expect(a.audit.platforms.map((p) => p.platform)).toEqual(['vast', 'ionet', 'salad', 'clore']);
      for (const p of a.audit.platforms) expect(p.results.length).toBeGreaterThan(0);
      expect(a.audit.fixes.length).toBeGreaterThan(0);
    }
    const [rx, rtx] = report.audits;
    const lanes = rx?.audit.platforms[0]?.results.find((r) => r.rule.id === 'vast-lanes');
    expect(lanes).toMatchObject({ status: 'fail', measured: 1, message: { text: expect.stringContaining('PCIe x1') } });
    expect(rx?.rent.counted).toEqual([]);
    expect(device('RX 580')?.rentOn).toBeNull();
    expect(rtx?.tickedFixes).toEqual(['add-ram']);
    expect(rtx?.audit.fixes.find((f) => f.key === 'add-ram')?.cost).toMatchObject({ lowUsd: expect.any(Number), highUsd: expect.any(Number), basis: 'assumption' });
    expect(rtx?.rent.counted).toEqual(['salad', 'clore']);
    expect(device('RTX 3070')?.rentOn).toMatchObject({ platform: 'clore', why: 'best-counted' });
  });

  it('flags market figures older than six months with their dates', () => {
    const s19Sale = device('S19')?.options.find((o) => o.id === 'sell');
    expect(s19Sale?.stale).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'resale:antminer-s19-pro', date: expect.stringMatching(/^\d{4}-\d{2}/) })]));
    expect(report.devices.flatMap((d) => d.options.flatMap((o) => o.stale)).every((s) => s.ageMonths >= 6)).toBe(true);
  });

  it('says what the retired ASICs\' power could host: floor(W × 0.85 / GPU W)', () => {
    const [site] = report.sites;
    expect(site).toMatchObject({ retiredAsics: 3, freedW: 9750 });
    expect(site?.hosts.find((h) => h.gpuId === 'nvidia-rtx-3090')?.count).toBe(Math.floor((9750 * 0.85) / 350));
  });
});

describe('npm run cli -- plan, text and errors', () => {
  it('prints every option, the best with its reason, the audit and the site power as text', () => {
    const { code, stdout } = cli(['plan', '--file', 'docs/examples/fleet-home.json', '--electricity', '0.2']);
    expect(code).toBe(0);
    expect(stdout).toContain('3× Antminer S19 Pro');
    expect(stdout).toMatch(/Best: Switch off\. Mining loses \$[\d,]+ over 12 months/);
    expect(stdout).toContain('Hybrid (rent when booked)');
    expect(stdout).toContain('Rental readiness: 6x RTX 3070');
    expect(stdout).toContain('[x] Add 8 GiB of RAM');
    expect(stdout).toMatch(/stale: resale:antminer-s19-pro of \d{4}-\d{2}/);
    expect(stdout).toContain('could host about 23× GeForce RTX 3090');
  });

  it('rents GPUs with no host details on the preferred platform, saying the figure holds only if its unchecked rules pass', () => {
    const { code, stdout } = cli(['plan', '--file', file('loose.json', JSON.stringify({ sites: [{ name: 'Flat', devices: [{ name: 'RTX 3090', count: 2 }] }] })), '--electricity', '0.1']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Rent figures use Vast\.ai \(your chosen platform, host fee 25\.00 %; only if its \d+ unchecked rule\(s\) pass\)/);
    expect(stdout).toContain('electricity $0.100/kWh');
  });

  it('plans the stored inventory without --file (empty here)', () => {
    const { code, stdout } = cli(['plan', '--json']);
    expect(code).toBe(0);
    expect(PlanReportSchema.parse(JSON.parse(stdout)).devices).toEqual([]);
  });

  it('refuses a file that is not JSON, breaks the schema or never ends with exit 2 and a clear message', () => {
    const notJson = cli(['plan', '--file', file('a.json', '{ sites: [')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/--file .*a\.json: not JSON/);
    const wrong = cli(['plan', '--file', file('b.json', JSON.stringify({ sites: [{ name: 'Home', devices: [{ name: 'S19', count: -1 }] }] }))]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/sites\.0\.devices\.0\.count: /);
    const endless = cli(['plan', '--file', '/dev/zero']);
    expect(endless.code).toBe(2);
    expect(endless.stderr).toMatch(/--file \/dev\/zero: not a regular file/);
    expect(cli(['plan', '--electricity', 'cheap']).code).toBe(2);
  });

  it('names an unknown device with exit 3 and the closest catalogue names', () => {
    const r = cli(['plan', '--file', file('c.json', JSON.stringify({ sites: [{ name: 'Home', devices: [{ name: 'Quantum Miner 9000', count: 1 }] }] }))]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/no device named "Quantum Miner 9000".*Closest: "/);
  });
});
