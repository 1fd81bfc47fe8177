import { z } from 'zod';
import { SourceSchema } from '../catalogue/source';
import { MeasuredSchema } from '../judge/measured-report';
import { MessageSchema } from '../text/message-schema';
import { PlatformSchema } from '../rental-audit/rule-schema';
import { PLAN_OPTIONS } from './types';

/** A message with its English beside the code (what the CLI's --json and reports carry). */
const Worded = MessageSchema.extend({ text: z.string() });
const Usd = z.number().finite();
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const OptionId = z.enum(PLAN_OPTIONS);

const StaleSchema = z.object({ key: z.string(), date: z.string(), ageMonths: z.number().int().nonnegative() });
const CostSchema = z.object({ lowUsd: Usd, highUsd: Usd, basis: z.literal('assumption'), date: z.string(), basisCode: z.string() });
const FixSchema = z.object({ key: z.string(), code: z.string(), amount: z.number(), message: Worded, cost: CostSchema.nullable() });

const OptionSchema = z.object({
  id: OptionId,
  kind: z.enum(['cash', 'value']),
  /** 12-month net, USD (selling: the sale price, once). */
  net12: Usd,
  /** USD per month over the same 12 months; null for selling (a one-off). */
  perMonth: Usd.nullable(),
  rankUsd: Usd,
  available: z.boolean(),
  note: z.object({ code: z.string(), parts: z.array(MessageSchema).optional() }).nullable(),
  stale: z.array(StaleSchema),
  assumptions: z.array(z.string()),
  sale: z.object({ priceNow: Usd, inYear: Usd, electricitySaved12: Usd, miningRevenue12: Usd, vsKeepMining12: Usd }).optional(),
  hybrid: z.object({ rentedShare: z.number(), rentRevenue: Usd, rentElectricity: Usd, rest: z.enum(['mine', 'idle']), restRevenue: Usd, restElectricity: Usd, profit: Usd }).optional(),
  ownUse: z.object({ worth12: Usd, electricity12: Usd }).optional(),
});

const RentOnSchema = z.object({ platform: PlatformSchema, feeKey: z.string(), fee: z.number().nullable(), why: z.enum(['preferred', 'best-counted', 'no-fee-figure']) });

const DeviceSchema = z.object({
  itemId: z.string(),
  name: z.string(),
  kind: z.enum(['gpu', 'asic']),
  count: z.number().int().positive(),
  site: z.string(),
  rig: z.string().nullable(),
  powerW: z.number().nonnegative(),
  powerSource: z.enum(['yours', 'reading', 'nameplate']),
  electricityUsdPerKwh: z.number().nonnegative(),
  best: OptionId,
  reason: z.object({ code: z.string(), best: Usd, mining: Usd.nullable(), saleNow: Usd.nullable(), runnerUp: OptionId.nullable(), basis: z.enum(['cash', 'cash-and-value']) }),
  options: z.array(OptionSchema).min(1),
  auditId: z.string().nullable(),
  rentOn: RentOnSchema.nullable(),
  /** GPUs: the newest stored llama.cpp measurement of its cards beside the judge's estimate (absent: none). */
  measured: MeasuredSchema.optional(),
});

const RuleResultSchema = z.object({
  rule: z.object({ id: z.string(), platform: PlatformSchema, kind: z.string(), blocking: z.boolean(), basis: z.enum(['published', 'inferred']), source: SourceSchema, readOn: z.string(), edited: z.boolean() }).passthrough(),
  status: z.enum(['pass', 'fail', 'unknown']),
  measured: z.union([z.number(), z.string()]).nullable(),
  required: z.union([z.number(), z.string()]),
  unit: z.string(),
  message: Worded,
  fix: FixSchema.nullable(),
  fixable: z.boolean(),
});

const AuditSchema = z.object({
  id: z.string(),
  rigId: z.string().nullable(),
  tickedFixes: z.array(z.string()),
  audit: z.object({
    rigId: z.string(),
    rigName: z.string(),
    platforms: z.array(z.object({ platform: PlatformSchema, verdict: z.enum(['passes', 'passes-after-fixes', 'fails']), results: z.array(RuleResultSchema), fixes: z.array(FixSchema), unknownRuleIds: z.array(z.string()), message: Worded })),
    remaining: z.array(PlatformSchema),
    fixes: z.array(FixSchema),
    message: Worded,
  }),
  rent: z.object({
    counted: z.array(PlatformSchema),
    excluded: z.array(z.object({ platform: PlatformSchema, why: z.enum(['fails', 'fixes-not-ticked']), missingFixKeys: z.array(z.string()) })),
    unchecked: z.array(z.object({ platform: PlatformSchema, ruleIds: z.array(z.string()) })),
    message: Worded,
  }),
});

const SiteSchema = z.object({
  siteId: z.string(),
  name: z.string(),
  retiredAsics: z.number().int().nonnegative(),
  freedW: z.number().nonnegative(),
  hosts: z.array(z.object({ gpuId: z.string(), name: z.string(), count: z.number().int().nonnegative(), gpuWatts: z.number().positive() })),
  miningNet12: Usd,
  planNet12: Usd,
});

/** Months 1–12 (empty when nothing is planned). */
const Monthly = z.object({ plan: z.array(Usd).max(12), mining: z.array(Usd).max(12) });

/** `npm run cli -- plan --json`: the same plan as the app's Plan view, the audit per rig included. All money in USD. */
export const PlanReportSchema = z.object({
  kind: z.literal('rigshift-plan'),
  version: z.literal(1),
  today: Day,
  currency: z.literal('USD'),
  ranking: z.enum(['cash', 'cash-and-value']),
  devices: z.array(DeviceSchema),
  audits: z.array(AuditSchema),
  sites: z.array(SiteSchema),
  portfolio: z.object({ bear: Monthly, base: Monthly, bull: Monthly }),
  saleUsd: Usd,
  skipped: z.array(z.object({ itemId: z.string(), name: z.string() })),
  /** Absent from reports written before it existed. */
  missing: z.array(z.object({ itemId: z.string(), name: z.string(), lastSeen: z.string() })).default([]),
});
export type PlanReport = z.infer<typeof PlanReportSchema>;
