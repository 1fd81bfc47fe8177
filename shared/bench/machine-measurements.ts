import type { StoredMeasurement } from './stored-measurement';

/** The machine id in a scanned rig's key ("host:<id>", shared/inventory/from-scans.ts); null for LAN rigs and hand-made groups. */
export const machineIdOfKey = (key: string | null | undefined): string | null => /^host:([0-9a-f]{8,64})$/.exec(key ?? '')?.[1] ?? null;

/**
 * The stored measurements Inventory, Compare and Plan show for one scanned machine: its own GPU runs pinned to a card
 * by PCI bus id (a run matched only by name cannot say which of a rig's cards it was). None without a machine id.
 */
export const measurementsOfMachine = (stored: readonly StoredMeasurement[], machineId: string | null | undefined): StoredMeasurement[] =>
  machineId ? stored.filter((m) => m.machineId === machineId && m.device.kind === 'gpu' && m.device.busIds.length > 0) : [];
