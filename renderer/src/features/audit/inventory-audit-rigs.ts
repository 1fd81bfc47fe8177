import { unknownHost } from '../../../../shared/device/host';
import type { Inventory } from '../../../../shared/inventory/schema';
import { deviceOf } from '../../../../shared/plan/inventory-hardware';
import { auditRigFromMachine } from '../../../../shared/rental-audit/rig-from-machine';
import type { AuditRig } from '../../../../shared/rental-audit/rig';

/** Every inventory rig holding GPUs, as the audit sees it (a rig never scanned has its host unknown: rules read "unknown"). */
export function inventoryAuditRigs(inv: Inventory): AuditRig[] {
  return inv.rigs.flatMap((rig) => {
    const gpus = inv.items.filter((i) => i.rigId === rig.id && i.kind === 'gpu').flatMap((i) => {
      const d = deviceOf(i);
      return d?.kind === 'gpu' ? [d] : [];
    });
    return gpus.length > 0 ? [auditRigFromMachine(rig.id, rig.name, rig.host ?? unknownHost, gpus)] : [];
  });
}
