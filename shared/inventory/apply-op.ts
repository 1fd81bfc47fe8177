import { asicById } from '../catalogue/asic-catalogue';
import { gpuById } from '../catalogue/gpu-catalogue';
import { slug, uniqueId } from './ids';
import type { InventoryOp } from './operations';
import { pinnedItem } from './pin-mining-op';
import { MAX_ITEMS, MAX_RIGS, MAX_SITES, type Inventory, type InventoryItem } from './schema';

export type OpResult = { ok: true; inventory: Inventory } | { ok: false; error: string };

const fail = (error: string): OpResult => ({ ok: false, error });

function withItem(inv: Inventory, id: string, change: (item: InventoryItem) => InventoryItem | string): OpResult {
  const item = inv.items.find((i) => i.id === id);
  if (!item) return fail(`No device ${id} in the inventory`);
  const next = change(item);
  if (typeof next === 'string') return fail(next);
  return { ok: true, inventory: { ...inv, items: inv.items.map((i) => (i.id === id ? next : i)) } };
}

function rigProblem(inv: Inventory, siteId: string, rigId: string | null | undefined): string | null {
  if (!inv.sites.some((s) => s.id === siteId)) return `No site ${siteId}`;
  const rig = rigId ? inv.rigs.find((r) => r.id === rigId) : null;
  if (rigId && !rig) return `No rig ${rigId}`;
  if (rig && rig.siteId !== siteId) return `Rig ${rig.name} belongs to another site`;
  return null;
}

function addItem(inv: Inventory, op: Extract<InventoryOp, { op: 'addItem' }>, now: string): OpResult {
  const spec = op.kind === 'gpu' ? gpuById(op.catalogueId) : asicById(op.catalogueId);
  if (!spec) return fail(`No ${op.kind.toUpperCase()} ${op.catalogueId} in the catalogue`);
  if (inv.items.length >= MAX_ITEMS) return fail(`The inventory holds at most ${MAX_ITEMS} devices`);
  const siteId = op.siteId ?? inv.sites[0]?.id ?? 'site-home';
  const problem = rigProblem(inv, siteId, op.rigId);
  if (problem) return fail(problem);
  const key = `manual:${op.catalogueId}:${now}:${inv.items.length}`;
  const item: InventoryItem = {
    id: uniqueId('inv', key, (id) => inv.items.some((i) => i.id === id)),
    key,
    scope: 'manual',
    source: 'manual',
    kind: op.kind,
    name: op.name ?? spec.name,
    rawName: spec.name,
    catalogueId: spec.id,
    count: op.count,
    siteId,
    rigId: op.rigId ?? null,
    device: null,
    purchasePriceUsd: null,
    resaleUsd: null,
    notes: '',
    firstSeen: now,
    lastSeen: now,
    history: [],
  };
  return { ok: true, inventory: { ...inv, items: [...inv.items, item] } };
}

/** Applies one user change; refuses (with the reason) anything that would leave the inventory inconsistent. */
export function applyOp(inv: Inventory, op: InventoryOp, now: string): OpResult {
  switch (op.op) {
    case 'renameItem':
      return withItem(inv, op.id, (item) => ({ ...item, name: op.name }));
    case 'updateItem':
      return withItem(inv, op.id, (item) => {
        if (op.count !== undefined && item.source !== 'manual' && op.count !== item.count) return 'Only devices added by hand have an editable count';
        return {
          ...item,
          ...(op.purchasePriceUsd !== undefined ? { purchasePriceUsd: op.purchasePriceUsd } : {}),
          ...(op.resaleUsd !== undefined ? { resaleUsd: op.resaleUsd } : {}),
          ...(op.notes !== undefined ? { notes: op.notes } : {}),
          ...(op.count !== undefined ? { count: op.count } : {}),
        };
      });
    case 'pinMining':
      return withItem(inv, op.id, (item) => pinnedItem(item, op.pin));
    case 'moveItem': {
      const problem = rigProblem(inv, op.siteId, op.rigId);
      return problem ? fail(problem) : withItem(inv, op.id, (item) => ({ ...item, siteId: op.siteId, rigId: op.rigId }));
    }
    case 'removeItem':
      return inv.items.some((i) => i.id === op.id) ? { ok: true, inventory: { ...inv, items: inv.items.filter((i) => i.id !== op.id) } } : fail(`No device ${op.id} in the inventory`);
    case 'addItem':
      return addItem(inv, op, now);
    case 'addSite': {
      if (inv.sites.length >= MAX_SITES) return fail(`At most ${MAX_SITES} sites`);
      const id = uniqueId('site', slug(op.name), (candidate) => inv.sites.some((s) => s.id === candidate));
      return { ok: true, inventory: { ...inv, sites: [...inv.sites, { id, name: op.name, electricityPerKwh: null, currency: null }] } };
    }
    case 'updateSite': {
      const site = inv.sites.find((s) => s.id === op.id);
      if (!site) return fail(`No site ${op.id}`);
      const { op: _op, id: _id, ...fields } = op;
      const changed = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      return { ok: true, inventory: { ...inv, sites: inv.sites.map((s) => (s.id === op.id ? { ...s, ...changed } : s)) } };
    }
    case 'removeSite': {
      const rest = inv.sites.filter((s) => s.id !== op.id);
      const target = rest[0];
      if (rest.length === inv.sites.length) return fail(`No site ${op.id}`);
      if (!target) return fail('The last site cannot be removed');
      // Nothing is lost: its rigs and devices move to the first remaining site.
      const move = <T extends { siteId: string }>(x: T): T => (x.siteId === op.id ? { ...x, siteId: target.id } : x);
      return { ok: true, inventory: { ...inv, sites: rest, rigs: inv.rigs.map(move), items: inv.items.map(move) } };
    }
    case 'addRig': {
      if (!inv.sites.some((s) => s.id === op.siteId)) return fail(`No site ${op.siteId}`);
      if (inv.rigs.length >= MAX_RIGS) return fail(`At most ${MAX_RIGS} rigs`);
      const id = uniqueId('rig', `user:${slug(op.name)}`, (candidate) => inv.rigs.some((r) => r.id === candidate));
      return { ok: true, inventory: { ...inv, rigs: [...inv.rigs, { id, key: null, siteId: op.siteId, name: op.name, host: null }] } };
    }
    case 'updateRig': {
      const rig = inv.rigs.find((r) => r.id === op.id);
      if (!rig) return fail(`No rig ${op.id}`);
      if (op.siteId && !inv.sites.some((s) => s.id === op.siteId)) return fail(`No site ${op.siteId}`);
      const siteId = op.siteId ?? rig.siteId;
      return {
        ok: true,
        inventory: {
          ...inv,
          rigs: inv.rigs.map((r) => (r.id === op.id ? { ...r, name: op.name ?? r.name, siteId } : r)),
          // A rig's devices follow it to its new site.
          items: inv.items.map((i) => (i.rigId === op.id ? { ...i, siteId } : i)),
        },
      };
    }
    case 'removeRig': {
      if (!inv.rigs.some((r) => r.id === op.id)) return fail(`No rig ${op.id}`);
      // Its devices stay, standalone in the rig's site.
      return { ok: true, inventory: { ...inv, rigs: inv.rigs.filter((r) => r.id !== op.id), items: inv.items.map((i) => (i.rigId === op.id ? { ...i, rigId: null } : i)) } };
    }
  }
}
