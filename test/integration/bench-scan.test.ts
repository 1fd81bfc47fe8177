import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MeasurementSchema } from '../../shared/bench/measurement';
import { JudgeReportSchema } from '../../shared/judge/report';
import { SettingsSchema } from '../../shared/settings/schema';
import { writeTinyGguf } from '../support/tiny-gguf';
import { cliEntry } from '../support/cli-entry';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'rigshift-bench-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tiny = join(dir, 'tiny.gguf');
writeTinyGguf(tiny, { layers: 2, embd: 64 });
const env = (machine: string) => ({ ...process.env, RIGSHIFT_CONFIG_DIR: join(dir, 'config'), RIGSHIFT_MACHINE_ID: machine, RIGSHIFT_MACHINE_NAME: 'bench-box' });

const cli = (args: string[], machine = 'machine-a') =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [cliEntry, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000, env: env(machine) }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });

describe('bench, then scan: the measurement is kept with its device and shown beside the estimate (#21.5)', () => {
  it('a CPU run of a real tiny GGUF is stored with this machine and the CPU, and scan --json and scan carry it', async () => {
    const bench = await cli(['bench', '--model', tiny, '--backend', 'cpu', '--pp', '64', '--tg', '16', '--json']);
    expect(bench.code, bench.stderr).toBe(0);
    expect(bench.stderr).toMatch(/measurement kept for the CPU of this machine/);
    const m = MeasurementSchema.parse(JSON.parse(bench.stdout));

    // Stored in the settings file, with the hashed machine id, the device and the context, validated by the same schema.
    const settings = SettingsSchema.parse(JSON.parse(readFileSync(join(dir, 'config', 'config.json'), 'utf8')));
    expect(settings.measurements).toHaveLength(1);
    expect(settings.measurements[0]).toMatchObject({ device: { kind: 'cpu' }, contextTokens: 80, measurement: m });
    expect(settings.measurements[0]?.machineId).toMatch(/^[0-9a-f]{16}$/);

    const scan = await cli(['scan', '--json']);
    expect(scan.code, scan.stderr).toBe(0);
    const report = JudgeReportSchema.parse(JSON.parse(scan.stdout));
    const [measured] = report.cpuMeasured ?? [];
    expect(measured).toMatchObject({ model: 'RigShift tiny test model', quant: 'F32', backend: 'cpu', contextTokens: 80, decodeTokensPerSecond: m.decodeTokensPerSecond, promptTokensPerSecond: m.promptTokensPerSecond, at: m.at });
    expect(measured?.build).toMatch(/^node-llama-cpp 3\.21\.1/);
    // The estimate beside it: the file's bytes read once per token from system RAM; the ratio is measured ÷ estimated.
    expect(measured?.estimated.decodeTokensPerSecond).toBeGreaterThan(0);
    expect(measured?.ratio).toBeCloseTo(m.decodeTokensPerSecond / (measured?.estimated.decodeTokensPerSecond ?? 1), 6);

    const text = await cli(['scan']);
    expect(text.stdout).toMatch(new RegExp(`measured ${m.decodeTokensPerSecond} tok/s \\(${m.at.slice(0, 10)}\\) · estimated ≈ [0-9.]+ — tg of RigShift tiny test model F32 on CPU`));

    // Another machine sharing the settings folder does not see it.
    const other = JudgeReportSchema.parse(JSON.parse((await cli(['scan', '--json'], 'machine-b')).stdout));
    expect(other.cpuMeasured).toBeUndefined();

    // Export: an anonymised file (no machine id, host name); import on the other machine: shown there, marked imported.
    const file = join(dir, 'measurements.json');
    const exported = await cli(['bench', '--export', file]);
    expect(exported.code, exported.stderr).toBe(0);
    const fileText = readFileSync(file, 'utf8');
    expect(fileText).not.toContain(settings.measurements[0]?.machineId ?? '?');
    expect(fileText).not.toContain('bench-box');
    const imported = await cli(['bench', '--import', file], 'machine-b');
    expect(imported.code, imported.stderr).toBe(0);
    const there = JudgeReportSchema.parse(JSON.parse((await cli(['scan', '--json'], 'machine-b')).stdout));
    expect(there.cpuMeasured?.[0]).toMatchObject({ model: 'RigShift tiny test model', decodeTokensPerSecond: m.decodeTokensPerSecond, imported: true });
    expect((await cli(['scan'], 'machine-b')).stdout).toMatch(/measured [0-9.]+ tok\/s \(\d{4}-\d{2}-\d{2}, imported\)/);
  }, 240_000);

  it('a measurement file that is not one, or carries a host name, is a usage error and nothing is kept', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'rigshift-measurements', version: 1, createdAt: 'x', tool: { name: 'rigshift', version: '1' }, hostname: 'rig-7', measurements: [] }));
    const r = await cli(['bench', '--import', bad], 'machine-c');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--import .*bad\.json: /);
    const huge = await cli(['bench', '--import', '/dev/zero'], 'machine-c');
    expect(huge.code).toBe(2);
    expect(JudgeReportSchema.parse(JSON.parse((await cli(['scan', '--json'], 'machine-c')).stdout)).cpuMeasured).toBeUndefined();
    expect((await cli(['bench', '--export', join(dir, 'none.json')], 'machine-c')).stderr).toMatch(/no measurement of this machine to export/);
  }, 120_000);
});
