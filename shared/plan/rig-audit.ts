import type { GpuDevice } from '../device/device';
import { unknownHost } from '../device/host';
import type { InventoryItem, Rig } from '../inventory/schema';
import { auditRigFromMachine, auditRigs, type AuditRig, type RentalAuditSettings, type RigRentalReadiness } from '../rental-audit';
import { deviceOf } from './inventory-hardware';

/** The GPUs of some inventory items as the audit reads them: detected records, else catalogue ones. */
const gpuDevices = (items: readonly InventoryItem[]): GpuDevice[] =>
  items.flatMap((i) => {
    const d = i.kind === 'gpu' ? deviceOf(i) : null;
    return d?.kind === 'gpu' ? [d] : [];
  });

/**
 * The machine the audit checks for a group of GPUs: its rig (host as scanned or reported; unknown host fields read
 * "unknown"), or, for GPUs in no rig, the group itself (audit id = its first item's id).
 */
export function auditRigOf(rig: Rig | undefined, items: readonly InventoryItem[]): AuditRig | null {
  const gpus = gpuDevices(items);
  const [first] = items;
  if (gpus.length === 0 || !first) return null;
  return rig ? auditRigFromMachine(rig.id, rig.name, rig.host ?? unknownHost, gpus) : auditRigFromMachine(first.id, first.name, unknownHost, gpus);
}

/** A machine's audit under the user's settings, with the fixes ticked for it (what Rent counts). */
export interface PlanRigAudit extends RigRentalReadiness {
  /** The rig's id, or for GPUs in no rig their first item's id (the key of the settings' inputs and ticks). */
  id: string;
  rigId: string | null;
  tickedFixes: string[];
}

export function readinessOf(auditRig: AuditRig, rigId: string | null, settings: RentalAuditSettings): PlanRigAudit {
  const [readiness] = auditRigs([auditRig], settings);
  if (!readiness) throw new Error('audit returned nothing');
  return { ...readiness, id: auditRig.id, rigId, tickedFixes: [...(settings.tickedFixes[auditRig.id] ?? [])] };
}
