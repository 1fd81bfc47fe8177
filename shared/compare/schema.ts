import { MessageSchema } from '../text/message-schema';
import { z } from 'zod';
import { MiningAlgorithmSchema } from '../catalogue/asic-spec';
import { CurrencySchema } from '../market/preferences';
import { MeasuredSchema, RescaledSchema } from '../judge/measured-report';
import { VerdictSchema, WorkloadCategorySchema } from '../judge/verdict';
import { MAX_SUBJECTS, MIN_SUBJECTS } from './limits';

const num = z.number().finite();
/** Where a figure came from: read from the device by a tool, or the catalogue entry. */
export const FigureOriginSchema = z.enum(['detected', 'catalogue']);

export const PcieLinkRowSchema = z.object({
  origin: FigureOriginSchema,
  /** Detected: the link as trained now (current); catalogue: the card's generation and lanes. */
  gen: z.number().int().nullable(),
  width: z.number().int().nullable(),
  maxGen: z.number().int().nullable(),
  maxWidth: z.number().int().nullable(),
});
export type PcieLinkRow = z.infer<typeof PcieLinkRowSchema>;

export const GpuSpecRowsSchema = z.object({
  kind: z.literal('gpu'),
  vramGB: num.nullable(),
  vramOrigin: FigureOriginSchema.nullable(),
  bandwidthGBs: num.nullable(),
  fp16Tflops: num.nullable(),
  fp32Tflops: num.nullable(),
  /** Dense FP16 matrix-unit TFLOPS; null without matrix units or catalogue entry. */
  matrixFp16Tflops: num.nullable(),
  matrixUnits: z.string().nullable(),
  powerW: num.nullable(),
  powerOrigin: FigureOriginSchema.nullable(),
  pcie: PcieLinkRowSchema.nullable(),
  releaseYear: z.number().int().nullable(),
  ageYears: z.number().int().nullable(),
});

export const AsicSpecRowsSchema = z.object({
  kind: z.literal('asic'),
  algorithm: MiningAlgorithmSchema.nullable(),
  hashrateHs: num.nullable(),
  powerW: num.nullable(),
  joulesPerTerahash: num.nullable(),
  releaseYear: z.number().int().nullable(),
  ageYears: z.number().int().nullable(),
});

export const SpecRowsSchema = z.discriminatedUnion('kind', [GpuSpecRowsSchema, AsicSpecRowsSchema]);
export type SpecRows = z.infer<typeof SpecRowsSchema>;
export type GpuSpecRows = z.infer<typeof GpuSpecRowsSchema>;
export type AsicSpecRows = z.infer<typeof AsicSpecRowsSchema>;

export const VerdictCellSchema = z.object({ workloadId: z.string(), verdict: VerdictSchema, reason: z.string(), reasonCode: MessageSchema.optional() });
export type VerdictCell = z.infer<typeof VerdictCellSchema>;

/** The judge's figures for one LLM row; null where the judge made none (unknown bandwidth or link, offloaded, no backend). */
export const LlmEstimateSchema = z.object({
  workloadId: z.string(),
  decodeTokensPerSecond: num.nullable(),
  /** Leave-one-out range of the decode figure and whether its group had fewer than 3 measured cards (absent in older files). */
  decodeRange: z.object({ low: num, high: num, extrapolated: z.boolean() }).nullable().optional(),
  promptTokensPerSecond: num.nullable(),
  loadTimeSeconds: num.nullable(),
  /** The decode figures were rescaled from a stored measurement on this device (shared/judge/rescale.ts), and from which. */
  rescaled: RescaledSchema.optional(),
});
export type LlmEstimate = z.infer<typeof LlmEstimateSchema>;

export const EfficiencySchema = z.object({
  /** Decode tokens/s of the reference 7–8B model per watt of board power (one card). */
  tokensPerSecondPerWatt: num.nullable(),
  /** Daily profit (revenue − electricity) in the comparison's currency, all units together; null = not projected. */
  miningPerDay: num.nullable(),
  rentingPerDay: num.nullable(),
  /** false when the judge says the rig would not list on a rental marketplace; null when renting is not projected. */
  rentalListable: z.boolean().nullable(),
});
export type Efficiency = z.infer<typeof EfficiencySchema>;

export const SubjectComparisonSchema = z.object({
  name: z.string(),
  /** "3× GeForce RTX 3090", or the label the caller gave. */
  label: z.string(),
  kind: z.enum(['gpu', 'asic']),
  count: z.number().int().positive(),
  /** A whole rig (origin 'rig') counts every card: spec totals, pooled verdicts and estimates, $/day of all cards. */
  origin: z.enum(['catalogue', 'device', 'rig']),
  catalogueId: z.string().nullable(),
  spec: SpecRowsSchema,
  /** One cell per `Comparison.workloads` entry, same ids, same order. */
  verdicts: z.array(VerdictCellSchema),
  summary: z.object({ yes: z.number().int(), limited: z.number().int(), no: z.number().int() }),
  estimates: z.object({
    llm: z.array(LlmEstimateSchema),
    /** The judge does not estimate image generation speed: always null until it does. */
    sdxlImagesPerMinute: num.nullable(),
  }),
  efficiency: EfficiencySchema,
  /** Stored measurements of a detected device or rig (never a catalogue pick), each beside the judge's estimate. */
  measured: z.array(MeasuredSchema).max(64).optional(),
  /** Why figures are missing or estimated, as codes and values (the CLI words them in English). */
  notes: z.array(MessageSchema),
});
export type SubjectComparison = z.infer<typeof SubjectComparisonSchema>;

export const WorkloadHeadSchema = z.object({ id: z.string(), label: z.string(), labelCode: MessageSchema.optional(), category: WorkloadCategorySchema });
export type WorkloadHead = z.infer<typeof WorkloadHeadSchema>;

/** What `compareDevices` returns and `npm run cli -- compare --json` prints, validated before it is printed. */
export const ComparisonSchema = z
  .object({
    tool: z.literal('rigshift'),
    kind: z.literal('comparison'),
    generatedAt: z.string(),
    currency: CurrencySchema,
    workloads: z.array(WorkloadHeadSchema).min(1),
    /** LLM rows whose estimates are compared (one per size class). */
    estimateWorkloads: z.array(WorkloadHeadSchema),
    /** The LLM row the tokens/s-per-watt figure uses. */
    efficiencyWorkload: WorkloadHeadSchema,
    subjects: z.array(SubjectComparisonSchema).min(MIN_SUBJECTS).max(MAX_SUBJECTS),
    /** Figures the judge does not produce, so the comparison leaves them null. */
    notEstimated: z.array(MessageSchema),
  })
  .refine((c) => c.subjects.every((s) => s.verdicts.length === c.workloads.length && s.verdicts.every((v, i) => v.workloadId === c.workloads[i]?.id)), {
    message: 'every subject needs one verdict per workload, in the same order',
  });
export type Comparison = z.infer<typeof ComparisonSchema>;
