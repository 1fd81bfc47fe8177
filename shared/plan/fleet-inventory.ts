import { gpuById } from '../catalogue/gpu-catalogue';
import type { Device } from '../device/device';
import type { Host } from '../device/host';
import { deviceFromManual } from '../device/manual-device';
import type { Inventory, InventoryItem, Rig, Site } from '../inventory/schema';
import type { OsName, RentalAuditSettings } from '../rental-audit';
import { GB_PER_GIB } from '../rental-audit/rig-from-machine';
import { lookUpName } from './catalogue-name';
import type { FleetFile, FleetRig } from './fleet-file';


/** What the scanner would report for each OS the marketplaces name. */
const OS_AS_SCANNED: Record<OsName, Host['os']> = {
  ubuntu: { platform: 'linux', distro: 'Ubuntu', release: null, kernel: null, arch: null },
  hiveos: { platform: 'linux', distro: 'HiveOS', release: null, kernel: null, arch: null },
  linux: { platform: 'linux', distro: null, release: null, kernel: null, arch: null },
  windows: { platform: 'win32', distro: 'Windows', release: null, kernel: null, arch: null },
  other: { platform: 'other', distro: null, release: null, kernel: null, arch: null },
};

const hostOf = (r: FleetRig): Host => ({
  cpu: { brand: null, physicalCores: r.cpuCores, threads: null, avx2: null, avx: r.avx },
  ramGB: r.ramGiB,
  // Host.disk is in GiB (as scanned), the fleet file's SSD in decimal GB.
  disk: { totalGB: null, freeGB: r.freeSsdGB === null ? null : r.freeSsdGB / GB_PER_GIB },
  os: r.os ? OS_AS_SCANNED[r.os] : { platform: null, distro: null, release: null, kernel: null, arch: null },
});

/** A catalogue GPU on the link width the owner gave (the catalogue's PCIe generation). */
function gpuDevice(id: string, catalogueId: string, count: number, width: number | null): Device | null {
  const d = deviceFromManual({ id, kind: 'gpu', catalogueId, count });
  if (d?.kind !== 'gpu' || width === null) return d;
  return { ...d, pcie: { genCurrent: gpuById(catalogueId)?.pcie?.gen ?? 3, genMax: null, widthCurrent: width, widthMax: null, source: 'user' } };
}

export interface FleetInventory {
  inventory: Inventory;
  rentalAudit: RentalAuditSettings;
  /** Names the catalogue does not know, with the closest it has. */
  unknown: Array<{ name: string; closest: string[] }>;
}

/** A fleet file as the inventory and audit settings the app would hold for it (ids numbered in file order). */
export function fleetInventory(fleet: FleetFile, nowIso: string): FleetInventory {
  const out: FleetInventory = { inventory: { sites: [], rigs: [], items: [], scans: {} }, rentalAudit: { ruleOverrides: {}, userInputs: {}, tickedFixes: {} }, unknown: [] };
  const add = (siteId: string, rigId: string | null, name: string, count: number, kind?: 'asic' | 'gpu', width: number | null = null): void => {
    const found = lookUpName(name, kind);
    if (found.kind === null) return void out.unknown.push({ name, closest: found.closest });
    const id = `inv-${out.inventory.items.length + 1}`;
    const device = found.kind === 'gpu' && rigId ? gpuDevice(`manual-${id}`, found.id, count, width) : null;
    const item: InventoryItem = { id, key: id, scope: 'manual', source: 'manual', kind: found.kind, name: found.name, rawName: name, catalogueId: found.id, count, siteId, rigId, device, purchasePriceUsd: null, resaleUsd: null, notes: '', firstSeen: nowIso, lastSeen: nowIso, history: [] };
    out.inventory.items.push(item);
  };
  fleet.sites.forEach((s, i) => {
    const site: Site = { id: `site-${i + 1}`, name: s.name, electricityPerKwh: s.electricityUsdPerKwh, currency: s.electricityUsdPerKwh === null ? null : 'USD' };
    out.inventory.sites.push(site);
    for (const d of s.devices) add(site.id, null, d.name, d.count, d.kind);
    s.rigs.forEach((r, j) => {
      const rig: Rig = { id: `rig-${i + 1}-${j + 1}`, key: null, siteId: site.id, name: r.name, host: hostOf(r) };
      out.inventory.rigs.push(rig);
      for (const g of r.gpus) add(site.id, rig.id, g.name, g.count, 'gpu', r.pcieWidth);
      out.rentalAudit.userInputs[rig.id] = { downlinkMbps: r.downlinkMbps, uplinkMbps: r.uplinkMbps, uptimePercent: r.uptimePercent };
      out.rentalAudit.tickedFixes[rig.id] = r.tickedFixes;
    });
  });
  return out;
}
