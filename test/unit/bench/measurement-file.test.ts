import { describe, expect, it } from 'vitest';
import { exportMeasurements, importMeasurements, MeasurementFileSchema } from '../../../shared/bench/measurement-file';
import type { StoredMeasurement } from '../../../shared/bench/stored-measurement';
import { measurement } from '../../support/measurement';

const gpu: StoredMeasurement = { machineId: '0123456789abcdef', device: { kind: 'gpu', busIds: ['0000:01:00.0'], names: ['NVIDIA GeForce RTX 3090'] }, contextTokens: 640, measurement: measurement() };
const cpu: StoredMeasurement = { machineId: '0123456789abcdef', device: { kind: 'cpu' }, contextTokens: 80, measurement: measurement({ backend: 'cpu', gpus: [] }) };

describe('the anonymised measurement file (bench --export / --import)', () => {
  it('leaves out the machine id and the bus ids', () => {
    const file = exportMeasurements([gpu, cpu], '2026-12-07T12:00:00.000Z', '1.2.3');
    const text = JSON.stringify(file);
    expect(text).not.toContain('0123456789abcdef');
    expect(text).not.toContain('0000:01:00.0');
    expect(file.measurements.map((m) => m.device)).toEqual([{ kind: 'gpu', names: ['NVIDIA GeForce RTX 3090'] }, { kind: 'cpu' }]);
    expect(file.measurements[0]?.measurement).toEqual(gpu.measurement);
  });

  it('imports for this machine, marked imported, matched to its cards by name', () => {
    const file = exportMeasurements([gpu], '2026-12-07T12:00:00.000Z', '1.2.3');
    expect(importMeasurements(file, 'fedcba9876543210')).toEqual([{ ...gpu, machineId: 'fedcba9876543210', device: { kind: 'gpu', busIds: [], names: ['NVIDIA GeForce RTX 3090'] }, origin: 'import' }]);
  });

  it('refuses any field that could name a machine, and files that are not one', () => {
    const file = exportMeasurements([gpu], '2026-12-07T12:00:00.000Z', '1.2.3');
    const entry = file.measurements[0];
    expect(MeasurementFileSchema.safeParse(file).success).toBe(true);
    expect(MeasurementFileSchema.safeParse({ ...file, hostname: 'rig-7' }).success).toBe(false);
    expect(MeasurementFileSchema.safeParse({ ...file, measurements: [{ ...entry, machineId: '0123456789abcdef' }] }).success).toBe(false);
    expect(MeasurementFileSchema.safeParse({ ...file, measurements: [{ ...entry, device: { kind: 'gpu', names: ['x'], busIds: ['0000:01:00.0'] } }] }).success).toBe(false);
    expect(MeasurementFileSchema.safeParse({ ...file, measurements: [{ ...entry, measurement: { ...entry?.measurement, serial: '1324' } }] }).success).toBe(false);
    expect(MeasurementFileSchema.safeParse({ ...file, measurements: [{ ...entry, measurement: { ...entry?.measurement, model: { ...entry?.measurement.model, path: '/home/me/m.gguf' } } }] }).success).toBe(false);
    expect(MeasurementFileSchema.safeParse({ ...file, measurements: [] }).success).toBe(false);
    expect(MeasurementFileSchema.safeParse({ ...file, measurements: Array.from({ length: 65 }, () => entry) }).success).toBe(false);
    expect(MeasurementFileSchema.safeParse({ ...file, format: 'rigshift-rig-report' }).success).toBe(false);
  });
});
