import { z } from 'zod';
import { DeviceSchema } from '../device/device';
import { HostSchema } from '../device/host';

/** A catalogue pick ("RTX 3090", "3× Antminer S19 Pro"): judged on an unknown host with the catalogue's PCIe link. */
export const CatalogueSubjectSchema = z.object({
  kind: z.literal('catalogue'),
  hardware: z.enum(['gpu', 'asic']),
  id: z.string().min(1).max(120),
  count: z.number().int().min(1).max(10_000).default(1),
  /** Shown instead of "3× <catalogue name>", e.g. "3× Antminer S19 Pro (added by hand)". */
  label: z.string().max(200).optional(),
});

/** The scanned machine a device sits in (its hashed id): its stored measurements are shown and rescale its estimates. */
const MachineIdSchema = z.string().regex(/^[0-9a-f]{8,64}$/);

/** An already detected (or hand-entered) device, with the machine it sits in when known: real VRAM and PCIe link. */
export const DeviceSubjectSchema = z.object({
  kind: z.literal('device'),
  device: DeviceSchema,
  host: HostSchema.nullable().default(null),
  machineId: MachineIdSchema.optional(),
  /** Shown instead of the device's name, e.g. "GPU 2 · 03:00.0". */
  label: z.string().max(200).optional(),
});

/** The most cards one rig subject may hold (a 12-GPU mining board plus headroom). */
export const MAX_RIG_DEVICES = 32;

/**
 * A whole rig as one machine: its cards on its own host, with models too big for one card split across them (the
 * Inventory's and This machine's rig view). Verdicts are the rig's; power and $/day cover every card.
 */
export const RigSubjectSchema = z.object({
  kind: z.literal('rig'),
  devices: z.array(DeviceSchema).min(1).max(MAX_RIG_DEVICES),
  host: HostSchema.nullable().default(null),
  machineId: MachineIdSchema.optional(),
  label: z.string().max(200),
});

export const CompareSubjectSchema = z.discriminatedUnion('kind', [CatalogueSubjectSchema, DeviceSubjectSchema, RigSubjectSchema]);
export type CompareSubject = z.input<typeof CompareSubjectSchema>;
export type ParsedCompareSubject = z.output<typeof CompareSubjectSchema>;

export const catalogueSubject = (hardware: 'gpu' | 'asic', id: string, count = 1): CompareSubject => ({ kind: 'catalogue', hardware, id, count });
