import { z } from 'zod';
import { CurrencySchema } from '../market/preferences';
import { DeviceSchema } from '../device/device';
import { HostSchema } from '../device/host';
import { DEFAULT_SITE_NAME } from './default-names';

/** Re-exported where it was first defined. */
export { DEFAULT_SITE_NAME };
import { MiningPinSchema } from './mining-pin';

export const MAX_SITES = 50;
export const MAX_RIGS = 500;
export const MAX_ITEMS = 2000;
export const MAX_HISTORY = 20;

/** User-facing text: bounded, no control characters, no markup (a device name never carries HTML). */
export const SafeTextSchema = (max: number) =>
  z
    .string()
    .max(max)
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u001f\u007f<>]/.test(s), 'must not contain control characters or < >');

const id = (prefix: string) => z.string().regex(new RegExp(`^${prefix}-[a-z0-9-]{1,64}$`));
const money = z.number().finite().min(0).max(1e9).nullable();

export const SiteSchema = z.object({
  id: id('site'),
  name: SafeTextSchema(80).pipe(z.string().min(1)),
  /** Price per kWh in the site's currency; null = the app-wide setting. */
  electricityPerKwh: z.number().finite().min(0).max(5).nullable(),
  currency: CurrencySchema.nullable(),
});
export type Site = z.infer<typeof SiteSchema>;

export const RigSchema = z.object({
  id: id('rig'),
  /** Identity of a scanned rig (its host, or its LAN address); null for a group the user made. */
  key: z.string().max(200).nullable(),
  siteId: id('site'),
  name: SafeTextSchema(80).pipe(z.string().min(1)),
  /** The machine's RAM, disk and CPU when it was scanned (judging needs them); null for LAN rigs and hand-made groups. */
  host: HostSchema.nullable(),
});
export type Rig = z.infer<typeof RigSchema>;

/** One observation of a device: when, and what it reported. */
export const ReadingSchema = z.object({
  at: z.string().max(40),
  hashrateHs: z.number().nonnegative().nullable(),
  powerW: z.number().nonnegative().nullable(),
  temperatureC: z.number().min(-50).max(200).nullable(),
  /** The algorithm the hashrate is on, as the miner reported it (LAN GPU rigs); absent in older readings. */
  algorithm: z.string().max(40).nullable().optional(),
  /** The card on this bus changed model at this reading (a re-import after a swap): what it was, what it is now. */
  swapped: z.object({ from: SafeTextSchema(120), to: SafeTextSchema(120) }).optional(),
});
export type Reading = z.infer<typeof ReadingSchema>;

export const ItemSourceSchema = z.enum(['local', 'lan', 'import', 'manual']);

export const InventoryItemSchema = z.object({
  id: id('inv'),
  /** Identity across scans and imports: the same device seen twice is one item. */
  key: z.string().min(1).max(200),
  /** Which scan can see it ("host:<id>", "lan", "manual"): an item its scope's latest scan missed is reported missing. */
  scope: z.string().min(1).max(100),
  source: ItemSourceSchema,
  kind: z.enum(['gpu', 'asic']),
  name: SafeTextSchema(120).pipe(z.string().min(1)),
  rawName: SafeTextSchema(200),
  catalogueId: z.string().max(80).nullable(),
  count: z.number().int().min(1).max(10_000),
  siteId: id('site'),
  rigId: id('rig').nullable(),
  /** The detected record (PCIe link, VRAM…) for scanned GPUs; null for hand-added and LAN devices. */
  device: DeviceSchema.nullable(),
  purchasePriceUsd: money,
  resaleUsd: money,
  notes: SafeTextSchema(1000),
  firstSeen: z.string().max(40),
  lastSeen: z.string().max(40),
  /** The latest complete scan that looked where this device would be, seen or not (absent in older files: its scope's latest scan). */
  lastChecked: z.string().max(40).optional(),
  history: z.array(ReadingSchema).max(MAX_HISTORY),
  /** GPUs: the user's coin, hashrate and wall power per card (absent = the best coin at the miner's or the table's figures). */
  miningPin: MiningPinSchema.optional(),
});
export type InventoryItem = z.infer<typeof InventoryItemSchema>;

export const InventorySchema = z.object({
  sites: z.array(SiteSchema).min(1).max(MAX_SITES),
  rigs: z.array(RigSchema).max(MAX_RIGS),
  items: z.array(InventoryItemSchema).max(MAX_ITEMS),
  /** Latest scan per scope (ISO time). */
  scans: z.record(z.string().max(100), z.string().max(40)).refine((s) => Object.keys(s).length <= MAX_RIGS + 2, 'too many scan scopes'),
});
export type Inventory = z.infer<typeof InventorySchema>;

export const DEFAULT_SITE_ID = 'site-home';

export const emptyInventory = (): Inventory => ({
  sites: [{ id: DEFAULT_SITE_ID, name: DEFAULT_SITE_NAME, electricityPerKwh: null, currency: null }],
  rigs: [],
  items: [],
  scans: {},
});
