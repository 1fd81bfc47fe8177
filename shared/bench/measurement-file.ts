import { z } from 'zod';
import { MeasurementSchema } from './measurement';
import { MAX_STORED_MEASUREMENTS, type StoredMeasurement } from './stored-measurement';

/**
 * The anonymised measurement file (`bench --export` / `bench --import`): what ran and how fast, on which kind of device,
 * and nothing that names a machine — no machine id, host name, bus id, serial number or address. Every object is
 * strict, so a file carrying any other field is refused rather than stored.
 */
export const MEASUREMENT_FILE_FORMAT = 'rigshift-measurements';
export const MEASUREMENT_FILE_VERSION = 1;
export const MAX_MEASUREMENT_FILE_BYTES = 256 * 1024;
/** Runs one file carries (an export takes the newest this many). */
export const MAX_FILE_MEASUREMENTS = 64;

const strictMeasurement = MeasurementSchema.extend({ model: MeasurementSchema.shape.model.strict() }).strict();
const FileDeviceSchema = z.discriminatedUnion('kind', [z.object({ kind: z.literal('cpu') }).strict(), z.object({ kind: z.literal('gpu'), names: z.array(z.string().max(120)).min(1).max(32) }).strict()]);

export const MeasurementFileSchema = z
  .object({
    format: z.literal(MEASUREMENT_FILE_FORMAT),
    version: z.literal(MEASUREMENT_FILE_VERSION),
    createdAt: z.string().max(40),
    tool: z.object({ name: z.literal('rigshift'), version: z.string().max(40) }).strict(),
    measurements: z
      .array(z.object({ device: FileDeviceSchema, contextTokens: z.number().int().min(0).max(2_000_000), measurement: strictMeasurement }).strict())
      .min(1)
      .max(MAX_FILE_MEASUREMENTS),
  })
  .strict();
export type MeasurementFile = z.infer<typeof MeasurementFileSchema>;

/** This machine's measurements as a shareable file: the machine id and the bus ids are left out. */
export function exportMeasurements(stored: readonly StoredMeasurement[], createdAt: string, toolVersion: string): MeasurementFile {
  const measurements = stored.slice(-MAX_FILE_MEASUREMENTS).map((s) => ({ device: s.device.kind === 'cpu' ? { kind: 'cpu' as const } : { kind: 'gpu' as const, names: s.device.names }, contextTokens: s.contextTokens, measurement: s.measurement }));
  return MeasurementFileSchema.parse({ format: MEASUREMENT_FILE_FORMAT, version: MEASUREMENT_FILE_VERSION, createdAt, tool: { name: 'rigshift', version: toolVersion }, measurements });
}

/** A file's measurements kept for this machine, marked imported; GPU runs are matched to its cards by name. */
export const importMeasurements = (file: MeasurementFile, machineId: string): StoredMeasurement[] =>
  file.measurements.slice(0, MAX_STORED_MEASUREMENTS).map((m) => ({
    machineId,
    device: m.device.kind === 'cpu' ? { kind: 'cpu' } : { kind: 'gpu', busIds: [], names: m.device.names },
    contextTokens: m.contextTokens,
    measurement: m.measurement,
    origin: 'import',
  }));
