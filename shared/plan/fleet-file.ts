import { z } from 'zod';
import { SafeTextSchema } from '../inventory/schema';
import { OsNameSchema } from '../rental-audit/rig';

const CatalogueName = SafeTextSchema(120).pipe(z.string().min(1));
const KindSchema = z.enum(['asic', 'gpu']);

/** Devices by catalogue name ("Antminer S19 Pro", "RTX 3070"); kind optional (ASICs are looked up first). */
const FleetDeviceSchema = z.object({ name: CatalogueName, kind: KindSchema.optional(), count: z.number().int().min(1).max(10_000) }).strict();

/** A GPU rig as its owner describes it: what a scan would read, and what only the owner knows (line, uptime, fixes done). */
const FleetRigSchema = z
  .object({
    name: SafeTextSchema(80).pipe(z.string().min(1)),
    gpus: z.array(z.object({ name: CatalogueName, count: z.number().int().min(1).max(64) }).strict()).min(1).max(16),
    /** Narrowest PCIe link width of the cards: 1 on x1 risers. */
    pcieWidth: z.number().int().min(1).max(16).nullable().default(null),
    /** System RAM in GiB (modules sold as "16 GB" hold 16 GiB). */
    ramGiB: z.number().nonnegative().max(4096).nullable().default(null),
    cpuCores: z.number().int().min(1).max(512).nullable().default(null),
    avx: z.boolean().nullable().default(null),
    /** Free SSD space in decimal GB. */
    freeSsdGB: z.number().nonnegative().max(1_000_000).nullable().default(null),
    os: OsNameSchema.nullable().default(null),
    downlinkMbps: z.number().nonnegative().max(100_000).nullable().default(null),
    uplinkMbps: z.number().nonnegative().max(100_000).nullable().default(null),
    uptimePercent: z.number().min(0).max(100).nullable().default(null),
    /** Fix keys from the audit the owner has done or will do ("add-ram", "pcie-slots"…). */
    tickedFixes: z.array(z.string().max(80)).max(40).default([]),
  })
  .strict();

const FleetSiteSchema = z
  .object({
    name: SafeTextSchema(80).pipe(z.string().min(1)),
    /** USD per kWh; null = the --electricity flag, else the stored preference. */
    electricityUsdPerKwh: z.number().finite().min(0).max(5).nullable().default(null),
    devices: z.array(FleetDeviceSchema).max(200).default([]),
    rigs: z.array(FleetRigSchema).max(100).default([]),
  })
  .strict();

/** `plan --file fleet.json`: sites, their loose devices and their GPU rigs (docs/plan.md, docs/examples/fleet-home.json). */
export const FleetFileSchema = z.object({ sites: z.array(FleetSiteSchema).min(1).max(50) }).strict();
export type FleetFile = z.infer<typeof FleetFileSchema>;
export type FleetRig = FleetFile['sites'][number]['rigs'][number];
