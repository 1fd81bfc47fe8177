import { z } from 'zod';
import { MeasurementSchema, type Measurement } from './measurement';

/**
 * A measurement kept with the device it ran on: this machine's identity (the hashed id scans and rig reports use) and
 * the device: the CPU, or the GPU(s) by PCI bus id when the bench could tell it, else by the name the runtime gave.
 * A re-scan matches it by bus id first, then by name.
 */
export const MeasuredDeviceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cpu') }),
  z.object({
    kind: z.literal('gpu'),
    busIds: z.array(z.string().max(40)).max(32),
    names: z.array(z.string().max(120)).max(32),
  }),
]);
export type MeasuredDevice = z.infer<typeof MeasuredDeviceSchema>;

export const StoredMeasurementSchema = z.object({
  machineId: z.string().regex(/^[0-9a-f]{16}$/),
  device: MeasuredDeviceSchema,
  /** Context the run used: the prompt plus the generated tokens. */
  contextTokens: z.number().int().min(0).max(2_000_000),
  measurement: MeasurementSchema,
  /** 'import': read from a measurement file (`bench --import`), matched to this machine's cards by name; absent: run here. */
  origin: z.literal('import').optional(),
});
export type StoredMeasurement = z.infer<typeof StoredMeasurementSchema>;

/** All machines together: a few models × backends per device, a few devices per machine. */
export const MAX_STORED_MEASUREMENTS = 200;
export const StoredMeasurementsSchema = z.array(StoredMeasurementSchema).max(MAX_STORED_MEASUREMENTS);

const sameDevice = (a: MeasuredDevice, b: MeasuredDevice): boolean =>
  a.kind === b.kind && (a.kind === 'cpu' || (b.kind === 'gpu' && (a.busIds.join('|') || a.names.join('|')) === (b.busIds.join('|') || b.names.join('|'))));

const sameRun = (a: StoredMeasurement, b: StoredMeasurement): boolean =>
  a.machineId === b.machineId &&
  a.origin === b.origin &&
  sameDevice(a.device, b.device) &&
  a.measurement.backend === b.measurement.backend &&
  a.measurement.model.name === b.measurement.model.name &&
  a.measurement.model.quant === b.measurement.model.quant;

/** Adds one measurement: it replaces an older one of the same model, quant and backend on the same device; oldest dropped past the bound. */
export function addMeasurement(list: readonly StoredMeasurement[], next: StoredMeasurement): StoredMeasurement[] {
  return [...list.filter((m) => !sameRun(m, next)), next].slice(-MAX_STORED_MEASUREMENTS);
}

/** The contextTokens a measurement ran with. */
export const contextOf = (m: Pick<Measurement, 'promptTokens' | 'generatedTokens'>): number => m.promptTokens + m.generatedTokens;
