import { z } from 'zod';
import { MessageSchema } from '../text/message-schema';

/** Where a fact about a device came from: a tool reading, or the catalogue when the tool had nothing. */
export const FactSourceSchema = z.enum(['nvidia-smi', 'sysfs', 'systeminformation', 'catalogue', 'miner-api', 'user']);

export const MatchLevelSchema = z.enum(['exact', 'probable', 'family', 'unrecognised']);
export type MatchLevel = z.infer<typeof MatchLevelSchema>;

export const CatalogueMatchSchema = z.object({
  /** Catalogue id, null when unrecognised. */
  id: z.string().nullable(),
  name: z.string().nullable(),
  level: MatchLevelSchema,
  /** 0..1 */
  confidence: z.number().min(0).max(1),
  /** Why this match (or why none), in plain words. */
  reason: z.string(),
  /** The same as a code and values, for the interface to word (absent in older files). */
  reasonCode: MessageSchema.optional(),
  /** Other catalogue ids the name could also be (family matches). */
  alternatives: z.array(z.string()).default([]),
});
export type CatalogueMatch = z.infer<typeof CatalogueMatchSchema>;

export const PcieLinkSchema = z.object({
  genCurrent: z.number().int().min(1).max(6).nullable(),
  genMax: z.number().int().min(1).max(6).nullable(),
  widthCurrent: z.number().int().min(1).max(32).nullable(),
  widthMax: z.number().int().min(1).max(32).nullable(),
  source: FactSourceSchema.nullable(),
});
export type PcieLink = z.infer<typeof PcieLinkSchema>;

export const GpuVendorIdSchema = z.enum(['nvidia', 'amd', 'intel', 'apple', 'other']);
export type DeviceVendor = z.infer<typeof GpuVendorIdSchema>;

/** One GPU as detected (or added by hand), normalised across tools and platforms. null = unknown. */
export const GpuDeviceSchema = z.object({
  kind: z.literal('gpu'),
  id: z.string().max(120),
  /** Identical cards entered once ("6× RTX 3070"); detected cards are always 1 each. */
  count: z.number().int().min(1).max(64).default(1),
  origin: z.enum(['local', 'manual', 'lan', 'import']),
  vendor: GpuVendorIdSchema,
  rawName: z.string().max(200),
  match: CatalogueMatchSchema,
  vramMiB: z.number().nonnegative().nullable(),
  vramSource: FactSourceSchema.nullable(),
  busId: z.string().max(40).nullable(),
  pcie: PcieLinkSchema,
  powerLimitW: z.number().nonnegative().nullable(),
  driver: z.string().max(80).nullable(),
  computeCapability: z.string().max(8).nullable(),
  temperatureC: z.number().nullable(),
  /** Set when the driver cannot reach the card right now (lost from the bus, dead riser): it is not usable until fixed. */
  fault: z.string().max(400).nullable().default(null),
  warnings: z.array(z.string().max(400)),
  /** The warnings as codes and values (absent in older files). */
  warningCodes: z.array(MessageSchema).max(32).optional(),
});
export type GpuDevice = z.infer<typeof GpuDeviceSchema>;

export const AsicDeviceSchema = z.object({
  kind: z.literal('asic'),
  id: z.string().max(120),
  origin: z.enum(['local', 'manual', 'lan', 'import']),
  rawName: z.string().max(200),
  match: CatalogueMatchSchema,
  count: z.number().int().min(1).max(10_000),
  warnings: z.array(z.string().max(400)),
  warningCodes: z.array(MessageSchema).max(32).optional(),
});
export type AsicDevice = z.infer<typeof AsicDeviceSchema>;

export const DeviceSchema = z.discriminatedUnion('kind', [GpuDeviceSchema, AsicDeviceSchema]);
export type Device = z.infer<typeof DeviceSchema>;
