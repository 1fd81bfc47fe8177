import { useMemo } from 'react';
import type { Inventory } from '../../../../shared/inventory/schema';
import { auditRigOf, readinessOf, type PlanRigAudit } from '../../../../shared/plan/rig-audit';
import type { RentalAuditSettings } from '../../../../shared/rental-audit';

/** Every rig's audit under the user's audit settings, as the Plan makes it (Earnings shows it without a plan). */
export function useReadiness(inventory: Inventory | null, settings: RentalAuditSettings): PlanRigAudit[] {
  return useMemo(
    () =>
      (inventory?.rigs ?? []).flatMap((rig) => {
        const machine = auditRigOf(rig, inventory?.items.filter((i) => i.rigId === rig.id) ?? []);
        return machine ? [readinessOf(machine, rig.id, settings)] : [];
      }),
    [inventory, settings],
  );
}
