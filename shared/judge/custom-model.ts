import { z } from 'zod';
import type { LlmModel } from './data/llm-models';

/**
 * A model the data do not list, from its params and attention shape (what its config.json says): zod-checked, because it
 * comes from the command line. KV heads, not attention heads (GQA); activeParamsB for a mixture of experts.
 */
export const CustomModelSchema = z
  .object({
    paramsB: z.number().positive().max(2000),
    activeParamsB: z.number().positive().max(2000).optional(),
    layers: z.number().int().positive().max(1000),
    kvHeads: z.number().int().positive().max(1024),
    headDim: z.number().int().positive().max(4096),
  })
  .refine((m) => m.activeParamsB === undefined || m.activeParamsB <= m.paramsB, { message: 'active params cannot exceed total params' });

export type CustomModelInput = z.input<typeof CustomModelSchema>;

const sizeClassOf = (paramsB: number): LlmModel['sizeClass'] => (paramsB <= 3.5 ? '1-3B' : paramsB <= 9 ? '7-8B' : paramsB <= 20 ? '13-14B' : paramsB <= 40 ? '32-34B' : '70B');

/** givenOn: the date (YYYY-MM-DD) the shape was given, for the model's source. */
export function customModel(input: z.input<typeof CustomModelSchema>, givenOn: string): LlmModel {
  const m = CustomModelSchema.parse(input);
  const label = `Custom ${m.paramsB}B${m.activeParamsB ? `-A${m.activeParamsB}B (MoE)` : ''}`;
  return {
    id: `custom-${m.paramsB}b${m.activeParamsB ? `-a${m.activeParamsB}b` : ''}`,
    label,
    sizeClass: m.activeParamsB ? 'moe' : sizeClassOf(m.paramsB),
    ...m,
    hidden: m.kvHeads * m.headDim,
    source: { title: 'shape given on the command line', ref: 'rigshift judge --params', date: givenOn },
  };
}
