import type { TFunction } from 'i18next';
import type { Hardware } from '../../../../shared/earnings/hardware-plan';
import type { Pinned, RentalEligibility } from '../../../../shared/earnings/project-hardware';
import { presentItems } from '../../../../shared/inventory/changes';
import { distinctLabels, placeOf } from '../../../../shared/inventory/item-place';
import type { MiningPin } from '../../../../shared/inventory/mining-pin';
import type { Inventory, InventoryItem, Rig, Site } from '../../../../shared/inventory/schema';
import { devicePins } from '../../../../shared/plan/device-pins';
import { eligibilityOf, hardwareOf } from '../../../../shared/plan/inventory-hardware';
import { eligibilityFromAudit } from '../../../../shared/plan/rent-platform';
import { auditRigOf, readinessOf } from '../../../../shared/plan/rig-audit';
import type { RentalAuditSettings } from '../../../../shared/rental-audit';
import type { Currency } from '../../../../shared/market/preferences';

export interface SubjectItem {
  /** The inventory item these units are (its mining pin is edited through it), and its name with the count. */
  itemId: string;
  label: string;
  /** GPUs: the user's own coin, hashrate and wall power per card, as stored with the item. */
  miningPin?: MiningPin;
  hardware: Hardware;
  /** The item's wall power and GPU coin/hashrate as the Plan reads them: the user's pin, else its LAN readings. */
  pinned: Pick<Pinned, 'powerW' | 'gpu'>;
  eligibility?: RentalEligibility;
  /** The site's own electricity price, when it has one. */
  electricity?: { perKwh: number; currency: Currency };
  /** The user's resale estimate for these units (USD), when entered. */
  resaleUsd?: number;
}

/** Something to project: one device, one rig, a site, or the whole inventory. */
export interface Subject {
  id: string;
  /** Shown as "<name> (rig)", "<name> (site)", "<name>" or "Whole inventory", in the UI language (see subjectLabel). */
  kind: 'rig' | 'site' | 'device' | 'all';
  /** The rig's, site's or device's own name ("2× RTX 3070" for devices); empty for the whole inventory. */
  name: string;
  items: SubjectItem[];
}

/** A subject's label in the UI language. */
export const subjectLabel = (subject: Subject, t: TFunction): string => t(`earnings.subject.${subject.kind}`, { name: subject.name });

/** Whether the GPUs list: the rental audit's verdict (as the Plan's), or without audit settings the judge's. */
function listingOf(rig: Rig | undefined, items: InventoryItem[], audit: RentalAuditSettings | undefined): RentalEligibility | undefined {
  if (!audit) return eligibilityOf(rig, items);
  const machine = auditRigOf(rig, items);
  return machine ? eligibilityFromAudit(readinessOf(machine, rig?.id ?? null, audit)) : undefined;
}

function itemsOf(items: InventoryItem[], site: Site | undefined, rig: Rig | undefined, audit?: RentalAuditSettings): SubjectItem[] {
  const eligibility = listingOf(rig, items, audit);
  const electricity = site?.electricityPerKwh != null ? { perKwh: site.electricityPerKwh, currency: site.currency ?? 'USD' } : undefined;
  return items.flatMap((item) => {
    const hardware = hardwareOf(item);
    if (!hardware) return [];
    const extra = { ...(eligibility && item.kind === 'gpu' ? { eligibility } : {}), ...(electricity ? { electricity } : {}), ...(item.resaleUsd !== null ? { resaleUsd: item.resaleUsd * item.count } : {}) };
    const { powerW, gpu } = devicePins([item], hardware);
    return [{ itemId: item.id, label: `${item.count}× ${item.name}`, ...(item.miningPin ? { miningPin: item.miningPin } : {}), hardware, pinned: { ...(powerW !== undefined ? { powerW } : {}), ...(gpu ? { gpu } : {}) }, ...extra }];
  });
}

/**
 * The Earnings view's choices: each rig, each standalone device, each site (when there are several) and everything.
 * With the rental audit settings, Rent lists only where the audit counts a platform (as in the Plan).
 */
export function subjectsFrom(whole: Inventory | null, audit?: RentalAuditSettings): Subject[] {
  if (!whole) return [];
  // Devices missing from their latest scan (swapped out, switched off) are not projected, as in the Plan.
  const inventory = { ...whole, items: presentItems(whole) };
  const subjects: Subject[] = [];
  const siteOf = (id: string) => inventory.sites.find((s) => s.id === id);
  for (const rig of inventory.rigs) {
    const items = itemsOf(inventory.items.filter((i) => i.rigId === rig.id), siteOf(rig.siteId), rig, audit);
    if (items.length) subjects.push({ id: rig.id, kind: 'rig', name: rig.name, items });
  }
  // Identical standalone devices (three S19 Pro on the LAN) are told apart by their address or site.
  const loose = inventory.items.filter((i) => !i.rigId);
  const names = distinctLabels(loose.map((i) => `${i.count}× ${i.name}`), loose.map((i) => placeOf(i, inventory)));
  loose.forEach((item, index) => {
    const items = itemsOf([item], siteOf(item.siteId), undefined, audit);
    if (items.length) subjects.push({ id: item.id, kind: 'device', name: names[index] ?? item.name, items });
  });
  const sites = inventory.sites.map((site) => ({ site, items: inventory.items.filter((i) => i.siteId === site.id) })).filter((s) => s.items.length > 0);
  if (sites.length > 1)
    for (const { site, items } of sites) {
      const grouped = inventory.rigs.filter((r) => r.siteId === site.id).flatMap((rig) => itemsOf(items.filter((i) => i.rigId === rig.id), site, rig, audit));
      subjects.unshift({ id: site.id, kind: 'site', name: site.name, items: [...grouped, ...items.filter((i) => !i.rigId).flatMap((i) => itemsOf([i], site, undefined, audit))] });
    }
  if (subjects.length > 1) subjects.unshift({ id: 'all', kind: 'all', name: '', items: subjects.filter((s) => !s.id.startsWith('site-')).flatMap((s) => s.items) });
  return subjects;
}
