import { z } from 'zod';

/** Operating systems the marketplaces name: Ubuntu, another Linux, HiveOS (a Linux for mining rigs), Windows. */
export const OsNameSchema = z.enum(['ubuntu', 'linux', 'hiveos', 'windows', 'other']);
export type OsName = z.infer<typeof OsNameSchema>;

/** Identical GPUs of one rig: one catalogue model, or one detected name when the catalogue does not know it. */
export const AuditGpuSchema = z.object({
  /** Catalogue id (shared/catalogue), null when the card is not recognised. */
  modelId: z.string().max(80).nullable(),
  /** Marketing name, e.g. "GeForce RTX 3070" (matched by the platforms' GPU lists). */
  name: z.string().max(200),
  vendor: z.enum(['nvidia', 'amd', 'intel', 'apple', 'other']),
  count: z.number().int().min(1).max(64),
  /** VRAM as drivers report it (binary units: an "8 GB" card holds 8 GiB). */
  vramGiB: z.number().nonnegative().nullable(),
  /** Peak FP32 TFLOPS (catalogue), the figure Vast.ai's lanes rule is written against. */
  fp32Tflops: z.number().positive().nullable(),
  /** NVIDIA compute capability, e.g. "8.6"; null for other vendors or when unknown. */
  computeCapability: z.string().regex(/^\d+\.\d+$/).nullable(),
  /** Narrowest detected PCIe link width of these cards (1 on an x1 riser); null when not detected. */
  pcieWidth: z.number().int().min(1).max(16).nullable(),
});
export type AuditGpu = z.infer<typeof AuditGpuSchema>;

/** One machine as the audit sees it. null = unknown (the rule reads "unknown", never pass). */
export const AuditRigSchema = z.object({
  id: z.string().max(120),
  name: z.string().max(200),
  gpus: z.array(AuditGpuSchema).max(32),
  /** System RAM as the OS reports it (binary units: "16 GB" of modules is 16 GiB). */
  ramGiB: z.number().nonnegative().nullable(),
  cpuCores: z.number().int().nonnegative().nullable(),
  cpuThreads: z.number().int().nonnegative().nullable(),
  avx: z.boolean().nullable(),
  /** Free SSD space in decimal GB (drives are sold and the platforms' rules are written in GB). */
  freeSsdGB: z.number().nonnegative().nullable(),
  os: OsNameSchema.nullable(),
});
export type AuditRig = z.infer<typeof AuditRigSchema>;

/** What only the user can say: the line's speed and how often the rig will be online (null = not entered). */
export const AuditUserInputsSchema = z.object({
  downlinkMbps: z.number().nonnegative().max(100_000).nullable(),
  uplinkMbps: z.number().nonnegative().max(100_000).nullable(),
  uptimePercent: z.number().min(0).max(100).nullable(),
});
export type AuditUserInputs = z.infer<typeof AuditUserInputsSchema>;

export const noUserInputs: AuditUserInputs = { downlinkMbps: null, uplinkMbps: null, uptimePercent: null };

export const gpuCountOf = (rig: AuditRig): number => rig.gpus.reduce((sum, g) => sum + g.count, 0);
