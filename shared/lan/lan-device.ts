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

/** One port of an address that answered but was not identified: what it said, bounded (shared/lan/heard.ts). */
export const LanPortHeardSchema = z.object({
  port: z.number().int().min(1).max(65535),
  /** Its first bytes (at most 256 read into the record), printable-escaped; empty when it accepted and said nothing. */
  banner: z.string().max(256 * 4),
  /** How many bytes the banner holds (≤ 256). */
  bytes: z.number().int().min(0).max(256),
  /** An HTTP reply's status line and Server header. */
  http: z.object({ status: text(480), server: text(480).nullable() }).nullable(),
});
export type LanPortHeard = z.infer<typeof LanPortHeardSchema>;

/** An address where a port accepted a connection but no miner was recognised, with what it said. */
export const LanUnidentifiedSchema = z.object({
  ip: z.string().regex(/^\d{1,3}(\.\d{1,3}){3}$/),
  ports: z.array(LanPortHeardSchema).max(16),
});
export type LanUnidentified = z.infer<typeof LanUnidentifiedSchema>;

/** A per-host note (a failure, refused replies) as a code and values, so the interface words it in its language. */
export const LanHostErrorSchema = z.object({ ip: z.string().max(15), message: MessageSchema });
export type LanHostError = z.infer<typeof LanHostErrorSchema>;

/** Every probed address ends as exactly one of these (identified + answering + silent = probed). */
export const LanOutcomeCountsSchema = z.object({
  identified: z.number().int().nonnegative(),
  answering: z.number().int().nonnegative(),
  silent: z.number().int().nonnegative(),
});

export const LanScanStatsSchema = z.object({
  startedAt: z.string().max(40),
  targets: z.number().int().nonnegative(),
  probed: z.number().int().nonnegative(),
  found: z.number().int().nonnegative(),
  durationMs: z.number().nonnegative(),
  cancelled: z.boolean(),
  /** What was scanned (CIDRs, ranges, addresses): a device outside them was not looked for (absent in results saved by older versions). */
  ranges: z.array(z.string().max(64)).max(MAX_TARGET_SPECS).default([]),
  /** The three outcomes, counted (absent in results saved by older versions). */
  outcomes: LanOutcomeCountsSchema.optional(),
});

export const LanScanResultSchema = z.object({
  devices: z.array(LanDeviceSchema),
  stats: LanScanStatsSchema,
  /** Per-host notes in English (the CLI's wording); `hostErrors` carries the same as codes. */
  errors: z.array(text(300)),
  hostErrors: z.array(LanHostErrorSchema).max(50).optional(),
  /** Addresses that answered but were not identified (at most 1024 listed; the count is in stats.outcomes; absent in older results). */
  unidentified: z.array(LanUnidentifiedSchema).max(1024).optional(),
});
export type LanScanResult = z.infer<typeof LanScanResultSchema>;
