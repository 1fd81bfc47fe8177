import { z } from 'zod';
import { ManualDeviceSchema } from '../api/schemas';
import { LanScanResultSchema } from '../lan/lan-device';

export const SETTINGS_VERSION = 1;
export const MAX_MANUAL_DEVICES = 200;

/** Everything RigShift persists (electron-store in the app, conf in CLI/serve: same file, same schema). */
export const SettingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_VERSION),
  manualDevices: z.array(ManualDeviceSchema).max(MAX_MANUAL_DEVICES),
  /** The last LAN scan, so found miners stay listed (and judged) after a restart. */
  lastLanScan: LanScanResultSchema.nullable().default(null),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings = (): Settings => ({ schemaVersion: SETTINGS_VERSION, manualDevices: [], lastLanScan: null });
