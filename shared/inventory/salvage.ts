import { emptyInventory, InventoryItemSchema, InventorySchema, RigSchema, SiteSchema, type Inventory } from './schema';

const valid = <T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } }, list: unknown): T[] =>
  Array.isArray(list)
    ? list.flatMap((entry) => {
        const parsed = schema.safeParse(entry);
        return parsed.success ? [parsed.data] : [];
      })
    : [];

/**
 * Keeps the valid sites, rigs and devices of a damaged inventory section (a device pointing at a lost rig becomes
 * standalone; one pointing at a lost site moves to the first site). Returns what was dropped, in plain words.
 */
export function salvageInventory(raw: unknown): { inventory: Inventory; dropped: string[] } {
  const whole = InventorySchema.safeParse(raw);
  if (whole.success) return { inventory: whole.data, dropped: [] };
  const record = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const sites = valid(SiteSchema, record.sites);
  if (sites.length === 0) sites.push(...emptyInventory().sites);
  const siteIds = new Set(sites.map((s) => s.id));
  const home = sites[0]?.id ?? 'site-home';
  const rigs = valid(RigSchema, record.rigs).map((r) => (siteIds.has(r.siteId) ? r : { ...r, siteId: home }));
  const rigIds = new Set(rigs.map((r) => r.id));
  const items = valid(InventoryItemSchema, record.items).map((i) => ({ ...i, siteId: siteIds.has(i.siteId) ? i.siteId : home, rigId: i.rigId && rigIds.has(i.rigId) ? i.rigId : null }));
  const scans = InventorySchema.shape.scans.safeParse(record.scans);
  const candidate = { sites, rigs, items, scans: scans.success ? scans.data : {} };
  const parsed = InventorySchema.safeParse(candidate);
  const inventory = parsed.success ? parsed.data : emptyInventory();
  const count = (list: unknown): number => (Array.isArray(list) ? list.length : 0);
  const dropped = [
    count(record.items) > inventory.items.length ? `${count(record.items) - inventory.items.length} inventory devices` : '',
    count(record.rigs) > inventory.rigs.length ? `${count(record.rigs) - inventory.rigs.length} rigs` : '',
    count(record.sites) > inventory.sites.length ? `${count(record.sites) - inventory.sites.length} sites` : '',
  ].filter(Boolean);
  return { inventory, dropped: dropped.length ? dropped : ['inventory (repaired)'] };
}
