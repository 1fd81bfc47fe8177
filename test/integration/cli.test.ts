import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JudgeReportSchema } from '../../shared/judge/report';
import { fakeMachine } from '../fakes/fake-bin';
import { cliEntry } from '../support/cli-entry';

const root = join(__dirname, '..', '..');
const configDir = mkdtempSync(join(tmpdir(), 'rigshift-cli-'));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

function cli(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [cliEntry, ...args], {
    cwd: root,
    env: { ...env, RIGSHIFT_CONFIG_DIR: configDir },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI', () => {
  it('judge --gpu "RTX 3090" --json prints a schema-valid report with the llama-bench reference estimate', () => {
    const { code, stdout } = cli(['judge', '--gpu', 'RTX 3090', '--json']);
    expect(code).toBe(0);
    const report = JudgeReportSchema.parse(JSON.parse(stdout));
    const ref = report.devices[0]?.workloads.find((w) => w.id === 'llama-2-7b:Q4_0');
    expect(ref?.verdict).toBe('yes');
    expect(ref?.estimates.decodeTokensPerSecond).toBeGreaterThan(100);
    expect(ref?.estimates.promptTokensPerSecond).toBeGreaterThan(1000);
  });

  it('judge --asic "Antminer S19 Pro" --count 3 says no to AI and sizes the 9.75 kW budget', () => {
    const { code, stdout } = cli(['judge', '--asic', 'Antminer S19 Pro', '--count', '3', '--json']);
    expect(code).toBe(0);
    const report = JudgeReportSchema.parse(JSON.parse(stdout));
    expect(report.devices[0]?.workloads.every((w) => w.verdict === 'no')).toBe(true);
    expect(report.devices[0]?.powerBudget?.watts).toBe(9750);
  });

  it('exits non-zero with the closest names for an unknown GPU', () => {
    const unknown = cli(['judge', '--gpu', 'RTX 3085']);
    expect(unknown.code).toBe(3);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/No GPU named "RTX 3085".*Closest: .*RTX 30/);
    const ambiguous = cli(['judge', '--gpu', 'H100']);
    expect(ambiguous.code).toBe(3);
    expect(ambiguous.stderr).toMatch(/could be several GPUs.*H100 PCIe.*H100 SXM/);
  });

  it('rejects bad options with usage', () => {
    expect(cli(['judge', '--gpu', 'RTX 3090', '--count', '-4']).code).toBe(2);
    expect(cli(['frobnicate']).code).toBe(2);
  });

  it('scan --json on a replayed 6-GPU rig prints every GPU with workloads and a pooled rig', () => {
    const machine = fakeMachine('rig-6x-rtx3070-x1');
    try {
      const { code, stdout } = cli(['scan', '--json'], machine.env);
      expect(code).toBe(0);
      const report = JudgeReportSchema.parse(JSON.parse(stdout));
      expect(report.devices).toHaveLength(6);
      expect(report.rig.pooled.length).toBeGreaterThan(0);
    } finally {
      machine.cleanup();
    }
  });

  it('scan in text mode groups identical cards', () => {
    const machine = fakeMachine('rig-8x-rx580-8gb');
    try {
      const { code, stdout } = cli(['scan'], machine.env);
      expect(code).toBe(0);
      expect(stdout).toMatch(/8× Ellesmere/);
      expect(stdout).toMatch(/Whole rig: 8 GPUs/);
    } finally {
      machine.cleanup();
    }
  });
});
