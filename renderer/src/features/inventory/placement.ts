import type { TFunction } from 'i18next';
import type { Inventory } from '../../../../shared/inventory/schema';

/** Every place a device can go: a site's standalone list, or one of its rigs ("siteId|rigId"). */
export function placements(inv: Inventory, t: TFunction): Array<{ value: string; label: string }> {
  return inv.sites.flatMap((site) => [
    { value: `${site.id}|`, label: t('inventory.site.noRig', { site: site.name }) },
    ...inv.rigs.filter((r) => r.siteId === site.id).map((rig) => ({ value: `${site.id}|${rig.id}`, label: `${site.name} › ${rig.name}` })),
  ]);
}

export const placementOf = (siteId: string, rigId: string | null): string => `${siteId}|${rigId ?? ''}`;

export function parsePlacement(value: string): { siteId: string; rigId: string | null } {
  const [siteId = '', rigId = ''] = value.split('|');
  return { siteId, rigId: rigId || null };
}
