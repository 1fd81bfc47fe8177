import { z } from 'zod';
import { CurrencySchema } from '../market/preferences';
import { MiningPinSchema } from './mining-pin';
import { InventoryItemSchema, RigSchema, SafeTextSchema, SiteSchema } from './schema';

const name = (max: number) => SafeTextSchema(max).pipe(z.string().trim().min(1, 'must not be empty'));
const money = z.number().finite().min(0).max(1e9).nullable();
const itemId = InventoryItemSchema.shape.id;
const rigId = RigSchema.shape.id;
const siteId = SiteSchema.shape.id;

/** Every change the user can make to the inventory, validated at the boundary (IPC / HTTP). */
export const InventoryOpSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('renameItem'), id: itemId, name: name(120) }).strict(),
  z
    .object({
      op: z.literal('updateItem'),
      id: itemId,
      purchasePriceUsd: money.optional(),
      resaleUsd: money.optional(),
      notes: SafeTextSchema(1000).optional(),
      count: z.number().int().min(1).max(10_000).optional(),
    })
    .strict(),
  /** GPUs: the user's coin, hashrate and wall power per card; null clears them (back to the best coin at the table's figures). */
  z.object({ op: z.literal('pinMining'), id: itemId, pin: MiningPinSchema.nullable() }).strict(),
  z.object({ op: z.literal('moveItem'), id: itemId, siteId, rigId: rigId.nullable() }).strict(),
  z.object({ op: z.literal('removeItem'), id: itemId }).strict(),
  z
    .object({
      op: z.literal('addItem'),
      kind: z.enum(['gpu', 'asic']),
      catalogueId: z.string().min(1).max(80),
      count: z.number().int().min(1).max(10_000),
      siteId: siteId.optional(),
      rigId: rigId.nullable().optional(),
      name: name(120).optional(),
    })
    .strict(),
  z.object({ op: z.literal('addSite'), name: name(80) }).strict(),
  z
    .object({ op: z.literal('updateSite'), id: siteId, name: name(80).optional(), electricityPerKwh: z.number().finite().min(0).max(5).nullable().optional(), currency: CurrencySchema.nullable().optional() })
    .strict(),
  z.object({ op: z.literal('removeSite'), id: siteId }).strict(),
  z.object({ op: z.literal('addRig'), siteId, name: name(80) }).strict(),
  z.object({ op: z.literal('updateRig'), id: rigId, name: name(80).optional(), siteId: siteId.optional() }).strict(),
  z.object({ op: z.literal('removeRig'), id: rigId }).strict(),
]);
export type InventoryOp = z.infer<typeof InventoryOpSchema>;
