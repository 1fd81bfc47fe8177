import { describe, expect, it } from 'vitest';
import type { Measurement } from '../../../shared/bench/measurement';
import { measuredDevice, sameGpuName } from '../../../shared/bench/measured-device';
import { addMeasurement, MAX_STORED_MEASUREMENTS, StoredMeasurementSchema, StoredMeasurementsSchema, type StoredMeasurement } from '../../../shared/bench/stored-measurement';
import { salvageSettings } from '../../../shared/settings/salvage';
import { defaultSettings } from '../../../shared/settings/schema';
import { catalogueGpu } from '../../support/devices';
import { measurement } from '../../support/measurement';

const stored = (m: Measurement, device: StoredMeasurement['device'] = { kind: 'gpu', busIds: ['0000:01:00.0'], names: m.gpus }): StoredMeasurement => ({ machineId: '0123456789abcdef', device, contextTokens: 640, measurement: m });

describe('stored measurements', () => {
  it('a new run of the same model, quant and backend on the same device replaces the old one; others are kept', () => {
    const a = stored(measurement());
    const later = stored(measurement({ at: '2026-12-08T10:00:00.000Z', decodeTokensPerSecond: 118 }));
    const vulkan = stored(measurement({ backend: 'vulkan' }));
    const other = stored(measurement(), { kind: 'gpu', busIds: ['0000:02:00.0'], names: ['NVIDIA GeForce RTX 3090'] });
    expect(addMeasurement([a, vulkan, other], later)).toEqual([vulkan, other, later]);
  });

  it('stays bounded: the oldest go first', () => {
    let list: StoredMeasurement[] = [];
    for (let i = 0; i < MAX_STORED_MEASUREMENTS + 5; i++) list = addMeasurement(list, stored(measurement({}, { name: `model ${i}` })));
    expect(list).toHaveLength(MAX_STORED_MEASUREMENTS);
    expect(list[0]?.measurement.model.name).toBe('model 5');
    expect(StoredMeasurementsSchema.safeParse([...list, list[0]]).success).toBe(false);
  });

  it('refuses a machine id that is not the hashed one, markup in names and an oversized name', () => {
    expect(StoredMeasurementSchema.safeParse(stored(measurement())).success).toBe(true);
    expect(StoredMeasurementSchema.safeParse({ ...stored(measurement()), machineId: 'my-hostname' }).success).toBe(false);
    expect(StoredMeasurementSchema.safeParse(stored(measurement({}, { name: '<script>x</script>' }))).success).toBe(false);
    expect(StoredMeasurementSchema.safeParse(stored(measurement({}, { name: 'x'.repeat(121) }))).success).toBe(false);
  });

  it('a broken measurements section of a settings file is dropped alone, the rest kept', () => {
    const file = { ...defaultSettings(), marketOverrides: { 'btc-price': 90000 }, measurements: [{ machineId: 'nope' }] };
    const salvaged = salvageSettings(file);
    expect(salvaged?.dropped).toContain('measurements');
    expect(salvaged?.settings.measurements).toEqual([]);
    expect(salvaged?.settings.marketOverrides).toEqual({ 'btc-price': 90000 });
  });
});

describe('the device a measurement ran on', () => {
  const card = (busId: string) => ({ ...catalogueGpu('nvidia-rtx-3090'), rawName: 'NVIDIA GeForce RTX 3090', busId });

  it('the CPU for a CPU run', () => {
    expect(measuredDevice(measurement({ backend: 'cpu', gpus: [] }))).toEqual({ kind: 'cpu' });
  });

  it('the bus id of the one scanned card of the name the runtime gave', () => {
    expect(measuredDevice(measurement(), [card('0000:01:00.0'), { ...catalogueGpu('amd-rx-580-8gb'), rawName: 'Radeon RX 580', busId: '0000:02:00.0' }])).toEqual({ kind: 'gpu', busIds: ['0000:01:00.0'], names: ['NVIDIA GeForce RTX 3090'] });
  });

  it('names only when the name fits several cards, or none was scanned', () => {
    expect(measuredDevice(measurement(), [card('0000:01:00.0'), card('0000:02:00.0')])).toEqual({ kind: 'gpu', busIds: [], names: ['NVIDIA GeForce RTX 3090'] });
    expect(measuredDevice(measurement(), [])).toEqual({ kind: 'gpu', busIds: [], names: ['NVIDIA GeForce RTX 3090'] });
  });

  it('runtime and scanner names match without vendor words; different cards do not', () => {
    expect(sameGpuName('NVIDIA GeForce RTX 3090', 'GeForce RTX 3090')).toBe(true);
    expect(sameGpuName('NVIDIA GeForce RTX 3090', 'NVIDIA GeForce RTX 3080')).toBe(false);
    expect(sameGpuName('NVIDIA', 'AMD')).toBe(false);
  });
});
