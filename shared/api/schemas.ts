import { MessageSchema } from '../text/message-schema';
import { z } from 'zod';
import { DeviceSchema } from '../device/device';
import { HostSchema } from '../device/host';
import { StoredMeasurementSchema } from '../bench/stored-measurement';

export const EmptyInputSchema = z.object({}).strict();

/** What "Copy diagnostics" copies: plain text, bounded. */
export const DiagnosticsSchema = z.object({ text: z.string().max(60_000) });

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  catalogue: z.object({ gpus: z.number().int(), asics: z.number().int() }),
  /** Set when the settings file was unreadable at start-up and was moved aside (the user must be told). */
  settingsNotice: z.string().max(600).nullable(),
  /** How a PDF report is made: 'native' (the desktop app saves it itself) or 'print' (the browser's print dialog). */
  pdfExport: z.enum(['native', 'print']),
  /** True in the desktop app, which can open a file dialog to choose a model to measure; absent or false in serve mode. */
  modelPicker: z.boolean().optional(),
});

export const SavePdfResultSchema = z.object({
  /** Where it was saved; null when the user cancelled. */
  path: z.string().max(1000).nullable(),
});

export const ScanLocalInputSchema = z
  .object({
    /** Overall deadline for the scan; every external tool gets its own, shorter timeout. */
    timeoutMs: z.number().int().min(500).max(120_000).optional(),
  })
  .strict();

export const ScanProgressSchema = z.object({
  step: z.enum(['start', 'system', 'nvidia-smi', 'sysfs', 'match', 'done']),
  done: z.number().int().nonnegative(),
  total: z.number().int().positive(),
  message: z.string().max(300),
});
export type ScanProgress = z.infer<typeof ScanProgressSchema>;

export const LocalScanSchema = z.object({
  scannedAt: z.string(),
  durationMs: z.number().nonnegative(),
  host: HostSchema,
  devices: z.array(DeviceSchema).max(64),
  /** Machine-level warnings (a tool timed out, a tool is missing). Per-device warnings sit on the device. */
  warnings: z.array(z.string().max(400)),
  /** The same warnings as codes and values (absent in scans saved by older versions). */
  warningCodes: z.array(MessageSchema).max(64).optional(),
  /** This machine's stored llama.cpp measurements (`bench`), for the judge to show beside its estimates. */
  measurements: z.array(StoredMeasurementSchema).max(64).optional(),
});
export type LocalScan = z.infer<typeof LocalScanSchema>;

export const ManualDeviceSchema = z.object({
  id: z.string().regex(/^manual-[a-z0-9-]{1,64}$/),
  kind: z.enum(['gpu', 'asic']),
  catalogueId: z.string().min(1).max(80),
  count: z.number().int().min(1).max(1000),
  addedAt: z.string().max(40),
});
export type ManualDevice = z.infer<typeof ManualDeviceSchema>;

export const AddManualDeviceInputSchema = z
  .object({
    kind: z.enum(['gpu', 'asic']),
    catalogueId: z.string().min(1).max(80),
    count: z.number().int().min(1).max(1000),
  })
  .strict();

export const RemoveManualDeviceInputSchema = z.object({ id: ManualDeviceSchema.shape.id }).strict();
