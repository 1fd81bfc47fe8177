import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ComparisonSchema } from '../../shared/compare/schema';
import { createAppServices } from '../../electron/services/app-services';
import { cliEntry } from '../support/cli-entry';

const root = join(__dirname, '..', '..');
const configDir = mkdtempSync(join(tmpdir(), 'rigshift-compare-'));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

function cli(args: string[], dir = configDir) {
  const r = spawnSync(process.execPath, [cliEntry, ...args], { cwd: root, env: { ...process.env, RIGSHIFT_CONFIG_DIR: dir }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const names = ['RTX 3090', 'RX 580 8GB', 'Antminer S19 Pro'];

describe('npm run cli -- compare', () => {
  it('prints a comparison that validates against its schema, with 3 subjects', () => {
    const { code, stdout } = cli(['compare', ...names, '--json']);
    expect(code).toBe(0);
    const out = ComparisonSchema.parse(JSON.parse(stdout));
    expect(out.subjects.map((s) => s.catalogueId)).toEqual(['nvidia-rtx-3090', 'amd-rx-580-8gb', 'antminer-s19-pro']);
    expect(out.subjects.map((s) => s.kind)).toEqual(['gpu', 'gpu', 'asic']);
    expect(out.subjects[2]?.verdicts.every((v) => v.verdict === 'no')).toBe(true);
    expect(out.currency).toBe('USD');
  });

  it('prints an aligned side-by-side table with the names and the verdict words', () => {
    const { code, stdout } = cli(['compare', ...names]);
    expect(code).toBe(0);
    for (const name of ['GeForce RTX 3090', 'Radeon RX 580 8GB', 'Antminer S19 Pro']) expect(stdout).toContain(name);
    expect(stdout).toMatch(/✓ yes/);
    expect(stdout).toMatch(/~ limited/);
    expect(stdout).toMatch(/✗ no/);
    const vram = stdout.split('\n').find((line) => line.startsWith('VRAM'));
    expect(vram).toMatch(/^VRAM\s+24 GB\s+8 GB\s+n\/a$/);
    // Every column starts at the same offset on the header and on each row of the spec table.
    const lines = stdout.split('\n');
    const header = lines[0] ?? '';
    const col = header.indexOf('Radeon RX 580 8GB');
    expect(col).toBeGreaterThan(0);
    expect(vram?.indexOf('8 GB')).toBe(col);
    expect(stdout).toMatch(/Not estimated: SDXL/);
  });

  it('applies the stored market figures and preferences (set through the same API the app uses)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rigshift-compare-market-'));
    try {
      const { dispatch } = createAppServices({ configDir: dir });
      const saved = await dispatch('setMarket', { overrides: { btcPriceUsd: 1_000_000 }, preferences: { currency: 'EUR' } });
      expect(saved.ok).toBe(true);
      const stored = ComparisonSchema.parse(JSON.parse(cli(['compare', 'Antminer S19 Pro', 'RTX 3090', '--json'], dir).stdout));
      const plain = ComparisonSchema.parse(JSON.parse(cli(['compare', 'Antminer S19 Pro', 'RTX 3090', '--json']).stdout));
      expect(stored.currency).toBe('EUR');
      // At a million dollars a bitcoin an S19 Pro earns far more a day than at the shipped default price.
      expect(stored.subjects[0]?.efficiency.miningPerDay ?? -Infinity).toBeGreaterThan((plain.subjects[0]?.efficiency.miningPerDay ?? Infinity) + 10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 3 with the closest catalogue names for an unknown name', () => {
    const { code, stderr } = cli(['compare', 'RTX 3090', 'GeForce RTX 3099']);
    expect(code).toBe(3);
    expect(stderr).toMatch(/No GPU or ASIC named "GeForce RTX 3099".*Closest: "GeForce RTX/);
  });

  it('exits 3 listing the candidates for an ambiguous name', () => {
    const { code, stderr } = cli(['compare', 'RTX 3090', 'H100']);
    expect(code).toBe(3);
    expect(stderr).toMatch(/could be several GPUs.*"H100 PCIe"/);
  });

  it.each([[['RTX 3090']], [['RTX 3090', 'RTX 3080', 'RTX 3070', 'RTX 3060 12GB', 'RX 580 8GB', 'RX 6800', 'Antminer S19 Pro']]])('exits 2 for %j (2 to 6 names)', (list) => {
    const { code, stderr } = cli(['compare', ...list]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/compare needs 2 to 6/);
  });
});
