import { useMemo } from 'react';
import type { Inventory } from '../../../../shared/inventory/schema';
import { auditRigs, type RentalAuditSettings, type RigRentalReadiness } from '../../../../shared/rental-audit';
import { inventoryAuditRigs } from './inventory-audit-rigs';

/** Every rig's audit under the user's audit settings. */
export function useReadiness(inventory: Inventory | null, settings: RentalAuditSettings): RigRentalReadiness[] {
  return useMemo(() => (inventory ? auditRigs(inventoryAuditRigs(inventory), settings) : []), [inventory, settings]);
}
