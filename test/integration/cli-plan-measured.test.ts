import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportRigReportResultSchema } from '../../shared/api/inventory-schemas';
import { machineIdOfKey } from '../../shared/bench/machine-measurements';
import type { StoredMeasurement } from '../../shared/bench/stored-measurement';
import { createAppServices } from '../../electron/services/app-services';
import { fakeMachine } from '../fakes/fake-bin';
import { cliEntry } from '../support/cli-entry';
import { measurement } from '../support/measurement';

const root = join(__dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'rigshift-plan-measured-'));
const rig = fakeMachine('rig-6x-rtx3070-x1');
afterAll(() => {
  rig.cleanup();
  rmSync(work, { recursive: true, force: true });
});

const cli = (args: string[], env: NodeJS.ProcessEnv) => {
  const r = spawnSync(process.execPath, [cliEntry, ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 90_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const MEASURED_LINE = /^ {4}measured 61\.5 tok\/s decode \(Llama 2 7B Q4_0, CUDA, 2026-12-07\) · estimated ≈ [0-9.]+ — own AI use is valued at the rental price, not at this speed$/m;

describe('plan (text) shows a stored measurement under the measured GPU group (#21.5)', () => {
  const desk = join(work, 'desk');
  const bare = join(work, 'bare');

  it('a replayed rig is scanned, imported into the inventory, and measured: plan prints the line; without measurements it does not', async () => {
    const report = join(work, 'rig.json');
    const scan = cli(['scan', '--json', '--out', report], { ...rig.env, RIGSHIFT_CONFIG_DIR: join(work, 'rig-config'), RIGSHIFT_MACHINE_ID: 'rig-07-machine-id', RIGSHIFT_MACHINE_NAME: 'rig-07' });
    expect(scan.code, scan.stderr).toBe(0);

    const { dispatch } = createAppServices({ configDir: desk, env: { ...process.env, RIGSHIFT_MACHINE_ID: 'desk-machine-id' } });
    const imported = ImportRigReportResultSchema.parse(((await dispatch('importRigReport', { fileName: 'rig.json', text: readFileSync(report, 'utf8') })) as { data: unknown }).data);
    const machineId = machineIdOfKey(imported.state.inventory.rigs[0]?.key);
    const busId = imported.state.inventory.items.flatMap((i) => (i.device?.kind === 'gpu' && i.device.busId ? [i.device.busId] : []))[0];
    expect(machineId).toMatch(/^[0-9a-f]{16}$/);
    expect(busId).toBeTruthy();

    // The same inventory without any measurement: the negative case.
    cpSync(desk, bare, { recursive: true });
    const without = cli(['plan'], { RIGSHIFT_CONFIG_DIR: bare });
    expect(without.code, without.stderr).toBe(0);
    expect(without.stdout).toMatch(/6× GeForce RTX 3070/);
    expect(without.stdout).not.toMatch(/tok\/s decode/);

    // A measurement kept for one of the rig's cards, as `bench` stores it.
    const stored: StoredMeasurement = {
      machineId: machineId ?? '',
      device: { kind: 'gpu', busIds: [busId ?? ''], names: ['NVIDIA GeForce RTX 3070'] },
      contextTokens: 640,
      measurement: measurement({ decodeTokensPerSecond: 61.5, gpus: ['NVIDIA GeForce RTX 3070'] }),
    };
    const file = join(desk, 'config.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), measurements: [stored] }));

    const withIt = cli(['plan'], { RIGSHIFT_CONFIG_DIR: desk });
    expect(withIt.code, withIt.stderr).toBe(0);
    expect(withIt.stdout).toMatch(MEASURED_LINE);
    expect(withIt.stdout.match(/tok\/s decode/g)).toHaveLength(1);
    // It sits under its device line, before the recommendation.
    expect(withIt.stdout).toMatch(/6× GeForce RTX 3070[^\n]*\n {4}measured 61\.5 tok\/s decode[^\n]*\n {4}Best: /);
    // The figures do not rest on it: the plan without the line is the same plan.
    expect(withIt.stdout.replace(/^ {4}measured [^\n]*\n/m, '')).toBe(without.stdout);
  }, 180_000);
});
