import { z } from 'zod';

/** The machine that hosts the GPUs: what the judge needs beyond the cards (RAM, disk, CPU features). null = unknown. */
export const HostSchema = z.object({
  cpu: z.object({
    brand: z.string().max(200).nullable(),
    physicalCores: z.number().int().nonnegative().nullable(),
    threads: z.number().int().nonnegative().nullable(),
    /** AVX2 matters: llama.cpp builds for x86 assume it; old rig CPUs (Celeron, Ivy Bridge) lack it. */
    avx2: z.boolean().nullable(),
    avx: z.boolean().nullable(),
  }),
  ramGB: z.number().nonnegative().nullable(),
  /** RAM type (DDR4, DDR5…), speed in MT/s and populated channels where the scanner reads them; absent = unknown. */
  ramModules: z.object({ type: z.string().max(20).nullable(), speedMTs: z.number().positive().nullable(), channels: z.number().int().positive().nullable() }).optional(),
  disk: z.object({ totalGB: z.number().nonnegative().nullable(), freeGB: z.number().nonnegative().nullable() }),
  os: z.object({
    platform: z.string().max(40).nullable(),
    distro: z.string().max(120).nullable(),
    release: z.string().max(120).nullable(),
    kernel: z.string().max(120).nullable(),
    arch: z.string().max(40).nullable(),
  }),
});
export type Host = z.infer<typeof HostSchema>;

export const unknownHost: Host = {
  cpu: { brand: null, physicalCores: null, threads: null, avx2: null, avx: null },
  ramGB: null,
  disk: { totalGB: null, freeGB: null },
  os: { platform: null, distro: null, release: null, kernel: null, arch: null },
};
