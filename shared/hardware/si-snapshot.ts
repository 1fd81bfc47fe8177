import { z } from 'zod';

/** The subset of systeminformation's answers RigShift uses, validated when it crosses back from the probe process. */
const str = z.string().max(400).nullish();
const num = z.number().nullish();

export const SiControllerSchema = z
  .object({
    vendor: str,
    model: str,
    name: str,
    bus: str,
    busAddress: str,
    vram: num,
    vramDynamic: z.boolean().nullish(),
    pciID: str,
    driverVersion: str,
    subDeviceId: str,
    memoryTotal: num,
    temperatureGpu: num,
    powerLimit: num,
    cores: num,
  })
  .passthrough();
export type SiController = z.infer<typeof SiControllerSchema>;

export const SiSnapshotSchema = z.object({
  controllers: z.array(SiControllerSchema).max(64).nullable(),
  cpu: z.object({ manufacturer: str, brand: str, physicalCores: num, cores: num }).passthrough().nullable(),
  cpuFlags: z.string().max(20_000).nullable(),
  memTotal: z.number().nullable(),
  fs: z.array(z.object({ mount: str, size: num, available: num, type: str }).passthrough()).max(256).nullable(),
  os: z.object({ platform: str, distro: str, release: str, kernel: str, arch: str }).passthrough().nullable(),
});
export type SiSnapshot = z.infer<typeof SiSnapshotSchema>;

export const emptySnapshot: SiSnapshot = { controllers: null, cpu: null, cpuFlags: null, memTotal: null, fs: null, os: null };
