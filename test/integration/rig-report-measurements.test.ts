import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoredMeasurementsSchema, type StoredMeasurement } from '../../shared/bench/stored-measurement';
import { parseRigReport, RIG_REPORT_FORMAT } from '../../shared/inventory/rig-report';
import { createAppServices } from '../../electron/services/app-services';
import { measurement } from '../support/measurement';
import { gpuAt, localScan } from '../unit/inventory/helpers';

const RIG = 'a1b2c3d4e5f60718';
const work = mkdtempSync(join(tmpdir(), 'rigshift-rig-measured-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (decode: number, machineId = RIG, at = '2026-12-07T10:00:00.000Z'): StoredMeasurement => ({
  machineId,
  device: { kind: 'gpu', busIds: ['0000:01:00.0'], names: ['NVIDIA GeForce RTX 3070'] },
  contextTokens: 640,
  measurement: measurement({ decodeTokensPerSecond: decode, at, gpus: ['NVIDIA GeForce RTX 3070'] }),
});
const report = (measurements: unknown[]) =>
  JSON.stringify({
    format: RIG_REPORT_FORMAT,
    version: 1,
    createdAt: '2026-12-07T11:00:00.000Z',
    tool: { name: 'rigshift', version: '0.1.0' },
    machine: { id: RIG, name: 'rig-07' },
    scan: { ...localScan('2026-12-07T11:00:00.000Z', [gpuAt('nvidia-rtx-3070', '0000:01:00.0')]), measurements },
  });

async function call(dispatch: ReturnType<typeof createAppServices>['dispatch'], name: 'importRigReport' | 'getMeasurements', input: unknown) {
  return (await dispatch(name, input)) as { ok: boolean; data?: unknown; error?: { message: string } };
}

describe('a rig report carries the rig\'s measurements (#21.5)', () => {
  it('importing it keeps them for that machine, once: a re-import of a newer run replaces the older one', async () => {
    const { dispatch } = createAppServices({ configDir: join(work, 'desk'), env: { ...process.env, RIGSHIFT_MACHINE_ID: 'desk-machine-id' } });
    expect((await call(dispatch, 'importRigReport', { fileName: 'rig.json', text: report([run(80)]) })).ok).toBe(true);
    expect((await call(dispatch, 'importRigReport', { fileName: 'rig.json', text: report([run(80)]) })).ok).toBe(true);
    const kept = StoredMeasurementsSchema.parse((await call(dispatch, 'getMeasurements', {})).data);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ machineId: RIG, device: { busIds: ['0000:01:00.0'] }, measurement: { decodeTokensPerSecond: 80 } });
    await call(dispatch, 'importRigReport', { fileName: 'rig.json', text: report([run(90, RIG, '2026-12-08T10:00:00.000Z')]) });
    const again = StoredMeasurementsSchema.parse((await call(dispatch, 'getMeasurements', {})).data);
    expect(again.map((m) => m.measurement.decodeTokensPerSecond)).toEqual([90]);
  });

  it('refuses a report whose measurement names another machine, or is malformed, and keeps nothing of it', async () => {
    const { dispatch } = createAppServices({ configDir: join(work, 'hostile'), env: { ...process.env, RIGSHIFT_MACHINE_ID: 'desk-machine-id' } });
    const foreign = parseRigReport(report([run(80), run(80, 'ffffffffffffffff')]), 'rig.json');
    expect(foreign.ok ? null : foreign.problem).toMatchObject({ code: 'schema', values: { field: 'scan.measurements.1.machineId' } });
    const bad = [report([run(80), run(80, 'ffffffffffffffff')]), report([{ ...run(80), measurement: { ...run(80).measurement, decodeTokensPerSecond: -1 } }]), report(Array.from({ length: 65 }, (_, i) => run(i + 1)))];
    for (const text of bad) {
      const r = await call(dispatch, 'importRigReport', { fileName: 'rig.json', text });
      expect(r.ok).toBe(false);
      expect(r.error?.message).toMatch(/rig\.json: scan\.measurements/);
    }
    expect(StoredMeasurementsSchema.parse((await call(dispatch, 'getMeasurements', {})).data)).toEqual([]);
  });
});
