import type { z } from 'zod';
import { ManualDeviceSchema } from '../api/schemas';
import { salvageInventory } from '../inventory/salvage';
import { defaultPreferences, PreferencesSchema } from '../market/preferences';
import { defaultSettings, MAX_MANUAL_DEVICES, SETTINGS_VERSION, SettingsSchema, type Settings } from './schema';

export interface Salvaged {
  settings: Settings;
  /** What was reset or dropped, in plain words ("lastLanScan", "2 of 5 manual devices"). */
  dropped: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function manualDevices(raw: unknown, dropped: string[]): Settings['manualDevices'] {
  if (!Array.isArray(raw)) return (dropped.push('manualDevices'), []);
  const kept = raw.flatMap((entry) => {
    const parsed = ManualDeviceSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  if (kept.length < raw.length) dropped.push(`${raw.length - kept.length} of ${raw.length} manual devices`);
  return kept.slice(0, MAX_MANUAL_DEVICES);
}

function preferences(raw: unknown, dropped: string[]): Settings['preferences'] {
  const fallback = defaultPreferences();
  if (!isRecord(raw)) return (dropped.push('preferences'), fallback);
  const shape = PreferencesSchema.shape;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as Array<keyof typeof shape>) {
    const parsed = shape[key].safeParse(raw[key]);
    // A field an older version did not have is simply filled in; only a present, broken one is reported.
    if (!parsed.success && raw[key] !== undefined) dropped.push(`preferences.${key}`);
    out[key] = parsed.success ? parsed.data : fallback[key];
  }
  return PreferencesSchema.parse(out);
}

function overrides(raw: unknown, dropped: string[]): Settings['marketOverrides'] {
  if (!isRecord(raw)) return (dropped.push('marketOverrides'), {});
  const kept = Object.entries(raw)
    .filter(([key, value]) => key.length <= 80 && typeof value === 'number' && Number.isFinite(value))
    .slice(0, 500);
  if (kept.length < Object.keys(raw).length) dropped.push(`${Object.keys(raw).length - kept.length} market overrides`);
  return Object.fromEntries(kept) as Record<string, number>;
}

function inventory(raw: unknown, dropped: string[]): Settings['inventory'] {
  const salvaged = salvageInventory(raw);
  dropped.push(...salvaged.dropped);
  return salvaged.inventory;
}

function section<T>(schema: z.ZodType<T>, raw: unknown, name: string, fallback: T, dropped: string[]): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  dropped.push(name);
  return fallback;
}

/**
 * Keeps every valid part of a settings file of this version when other parts break the schema (an older build's
 * cached LAN scan, one bad manual entry…), so one bad field never costs the user their devices and figures.
 * Null when nothing can be trusted (not an object, another schema version).
 */
export function salvageSettings(data: unknown): Salvaged | null {
  if (!isRecord(data) || data.schemaVersion !== SETTINGS_VERSION) return null;
  const dropped: string[] = [];
  const shape = SettingsSchema.shape;
  const base = defaultSettings();
  const settings: Settings = {
    schemaVersion: SETTINGS_VERSION,
    manualDevices: manualDevices(data.manualDevices ?? [], dropped),
    lastLanScan: section(shape.lastLanScan, data.lastLanScan, 'lastLanScan', base.lastLanScan, dropped),
    marketOverrides: overrides(data.marketOverrides ?? {}, dropped),
    halvingOverride: section(shape.halvingOverride, data.halvingOverride, 'halvingOverride', base.halvingOverride, dropped),
    marketUpdates: section(shape.marketUpdates, data.marketUpdates, 'marketUpdates', base.marketUpdates, dropped),
    preferences: data.preferences === undefined ? base.preferences : preferences(data.preferences, dropped),
    inventory: data.inventory === undefined ? base.inventory : inventory(data.inventory, dropped),
    rentalAudit: data.rentalAudit === undefined ? base.rentalAudit : section(shape.rentalAudit, data.rentalAudit, 'rentalAudit', base.rentalAudit, dropped),
    measurements: data.measurements === undefined ? base.measurements : section(shape.measurements, data.measurements, 'measurements', base.measurements, dropped),
  };
  return { settings: SettingsSchema.parse(settings), dropped };
}
