import { MessageSchema } from '../text/message-schema';
import { z } from 'zod';
import { MiningAlgorithmSchema } from '../catalogue/asic-spec';
import { MAX_TARGET_SPECS } from './targets';

const text = (max = 120) => z.string().max(max);

export const LanGpuSchema = z.object({
  name: text(),
  hashrateHs: z.number().nonnegative().nullable(),
  temperatureC: z.number().nullable(),
  powerW: z.number().nonnegative().nullable(),
  busId: text(40).nullable(),
});
export type LanGpu = z.infer<typeof LanGpuSchema>;

/** A miner found on the LAN, as the scanner reports it (CLI JSON, contract, UI). Every string is sanitised and bounded. */
export const LanDeviceSchema = z.object({
  ip: z.string().regex(/^\d{1,3}(\.\d{1,3}){3}$/),
  port: z.number().int().min(1).max(65535),
  kind: z.enum(['asic', 'gpu-rig']),
  make: text(60).nullable(),
  model: text().nullable(),
  firmware: text().nullable(),
  algorithm: MiningAlgorithmSchema.nullable(),
  /** The algorithm as the miner reports it (GPU miners mine many that RigShift does not model). */
  algorithmName: text(40).nullable(),
  hashrateHs: z.number().nonnegative().nullable(),
  powerWatts: z.number().nonnegative().nullable(),
  powerSource: z.enum(['reported', 'estimated']).nullable(),
  temperaturesC: z.array(z.number()).max(64),
  fans: z.array(z.number().nonnegative()).max(32),
  uptimeS: z.number().nonnegative().nullable(),
  pool: text(200).nullable(),
  /** full: make and model known to the catalogue; partial: a known make (or miner) with an unknown model. */
  recognised: z.enum(['full', 'partial']),
  catalogueId: text(80).nullable(),
  /** GPU rigs: the mining software and its GPUs. */
  miner: text(60).nullable(),
  gpus: z.array(LanGpuSchema).max(32),
  warnings: z.array(text(300)).max(16),
  /** The warnings as codes and values (absent in scans saved by older versions). */
  warningCodes: z.array(MessageSchema).max(16).optional(),
  /** Always false unless the user enabled default-password logins for this device (never done silently). */
  usedDefaultCredentials: z.boolean(),
});
export type LanDevice = z.infer<typeof LanDeviceSchema>;

export const LanScanStatsSchema = z.object({
  startedAt: z.string().max(40),
  targets: z.number().int().nonnegative(),
  probed: z.number().int().nonnegative(),
  found: z.number().int().nonnegative(),
  durationMs: z.number().nonnegative(),
  cancelled: z.boolean(),
  /** What was scanned (CIDRs, ranges, addresses): a device outside them was not looked for (absent in older results). */
  ranges: z.array(z.string().max(64)).max(MAX_TARGET_SPECS).default([]),
});

export const LanScanResultSchema = z.object({
  devices: z.array(LanDeviceSchema),
  stats: LanScanStatsSchema,
  errors: z.array(text(300)),
});
export type LanScanResult = z.infer<typeof LanScanResultSchema>;
