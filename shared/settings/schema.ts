import { z } from 'zod';
import { ManualDeviceSchema } from '../api/schemas';
import { StoredMeasurementsSchema } from '../bench/stored-measurement';
import { emptyInventory, InventorySchema } from '../inventory/schema';
import { LanScanResultSchema } from '../lan/lan-device';
import { MarketUpdatesSchema, noMarketUpdates } from '../market/market-updates';
import { defaultPreferences, HalvingOverrideSchema, OverridesSchema, StoredPreferencesSchema } from '../market/preferences';
import { emptyAuditSettings, RentalAuditSettingsSchema } from '../rental-audit/settings';

export const SETTINGS_VERSION = 1;
export const MAX_MANUAL_DEVICES = 200;

/** Everything RigShift persists (electron-store in the app, conf in CLI/serve: same file, same schema). */
export const SettingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_VERSION),
  manualDevices: z.array(ManualDeviceSchema).max(MAX_MANUAL_DEVICES),
  /** The last LAN scan, so found miners stay listed (and judged) after a restart. */
  lastLanScan: LanScanResultSchema.nullable().default(null),
  /** Market figures the user changed (the dated defaults ship with the app) and the halving date, if edited. */
  marketOverrides: OverridesSchema.default({}),
  halvingOverride: HalvingOverrideSchema.default(null),
  /** Figures fetched when the user asked for fresh ones (each dated, with its source); none until then. */
  marketUpdates: MarketUpdatesSchema.default(noMarketUpdates()),
  preferences: StoredPreferencesSchema.default(defaultPreferences()),
  /** Everything the user owns, grouped by site and rig, with scan history. */
  inventory: InventorySchema.default(emptyInventory()),
  /** Rental readiness audit: rule edits, per rig the line speed and uptime entered, and the fixes ticked (#20.4). */
  rentalAudit: RentalAuditSettingsSchema.default(emptyAuditSettings),
  /** llama.cpp measurements (`bench`), each with the machine and device it ran on (#21.5). */
  measurements: StoredMeasurementsSchema.default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings = (): Settings => ({ schemaVersion: SETTINGS_VERSION, manualDevices: [], lastLanScan: null, marketOverrides: {}, halvingOverride: null, marketUpdates: noMarketUpdates(), preferences: defaultPreferences(), inventory: emptyInventory(), rentalAudit: { ruleOverrides: {}, userInputs: {}, tickedFixes: {} }, measurements: [] });
