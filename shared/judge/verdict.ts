import { z } from 'zod';
import { MessageSchema } from '../text/message-schema';
import { RescaledSchema } from './measured-report';

export const VerdictSchema = z.enum(['yes', 'limited', 'no']);
export type Verdict = z.infer<typeof VerdictSchema>;

export const WorkloadCategorySchema = z.enum(['llm', 'image', 'speech', 'finetune', 'training', 'render', 'rental']);
export type WorkloadCategory = z.infer<typeof WorkloadCategorySchema>;

/** Leave-one-out range of a decode figure (tokens/s) and the evidence behind it (shared/judge/decode-estimate.ts). */
export const DecodeRangeSchema = z.object({ low: z.number().nonnegative(), high: z.number().nonnegative() });
export const SpeedBasisSchema = z.object({
  group: z.string(),
  cards: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
  extrapolated: z.boolean(),
  /** What the figure assumes: llama.cpp on this backend as its calibration rows measured it (their source dates, and the build numbers they state). */
  assumes: z
    .object({
      backend: z.string().max(20),
      fromDate: z.string().max(10),
      toDate: z.string().max(10),
      builds: z.tuple([z.number().int(), z.number().int()]).nullable(),
      /** Rigs: llama.cpp --split-mode layer, one hand-over per extra card (only the hidden state crosses PCIe). */
      split: z.literal('layer').optional(),
    })
    .optional(),
});

/** Estimates are absent when the judge cannot make them honestly (unknown bandwidth, unsupported stack). */
export const EstimatesSchema = z.object({
  decodeTokensPerSecond: z.number().nonnegative().optional(),
  decodeRange: DecodeRangeSchema.optional(),
  speedBasis: SpeedBasisSchema.optional(),
  /** Decode once the context is full (the KV cache of contextTokens read per token): physics, not calibrated. */
  decodeAtContextTokensPerSecond: z.number().nonnegative().optional(),
  promptTokensPerSecond: z.number().nonnegative().optional(),
  /** Time to first token for promptTokens of prompt at the prompt speed (asked for by the CLI's --prompt). */
  promptTokens: z.number().int().positive().optional(),
  timeToFirstTokenSeconds: z.number().nonnegative().optional(),
  loadTimeSeconds: z.number().nonnegative().optional(),
  vramRequiredGB: z.number().nonnegative().optional(),
  vramHeadroomGB: z.number().optional(),
  /** Which runtime the estimate assumes, e.g. "llama.cpp CUDA", "llama.cpp Vulkan". */
  backend: z.string().optional(),
  /** Context length the VRAM and speed figures assume. */
  contextTokens: z.number().int().positive().optional(),
  /** How many GPUs of the rig the figure uses (pooled rows). */
  gpus: z.number().int().positive().optional(),
  /** The same figures per llama.cpp backend this GPU can run (CUDA and Vulkan, ROCm and Vulkan), the default one marked. */
  byBackend: z
    .array(
      z.object({
        backend: z.string(),
        default: z.boolean(),
        decodeTokensPerSecond: z.number().nonnegative().optional(),
        decodeRange: DecodeRangeSchema.optional(),
        speedBasis: SpeedBasisSchema.optional(),
        promptTokensPerSecond: z.number().nonnegative().optional(),
        basis: z.string(),
      }),
    )
    .optional(),
  /**
   * Rig rows that fit one card: decode if llama.cpp splits the model over every usable card anyway (its default when
   * several GPUs are visible and CUDA_VISIBLE_DEVICES / --device does not pin one), slower than one card.
   */
  splitAllDecodeTokensPerSecond: z.number().nonnegative().optional(),
  /** Partial offload: GiB of weights in system RAM and the host bandwidth assumed for them. */
  cpuOffloadGB: z.number().nonnegative().optional(),
  hostRamBandwidthGBs: z.number().positive().optional(),
  /** Decode figures rescaled from a measurement on this device and backend (shared/judge/rescale.ts), and from which. */
  rescaled: RescaledSchema.optional(),
});
export type Estimates = z.infer<typeof EstimatesSchema>;

export const WorkloadResultSchema = z.object({
  /** LLM ids are "<model>:<quant>" (e.g. "llama-2-7b:Q4_0"); others e.g. "sdxl:fp16", "whisper-large-v3". */
  id: z.string(),
  label: z.string(),
  category: WorkloadCategorySchema,
  verdict: VerdictSchema,
  /** Plain-words reasons, most important first. Never empty. */
  reasons: z.array(z.string()).min(1),
  /** The same reasons as codes and values, for the interface to word in its language (absent in older files). */
  reasonCodes: z.array(MessageSchema).min(1).optional(),
  /** The workload's name as a code and values (absent in older files: the label is shown as it is). */
  labelCode: MessageSchema.optional(),
  estimates: EstimatesSchema,
});
export type WorkloadResult = z.infer<typeof WorkloadResultSchema>;

export const worst = (a: Verdict, b: Verdict): Verdict => (a === 'no' || b === 'no' ? 'no' : a === 'limited' || b === 'limited' ? 'limited' : 'yes');
