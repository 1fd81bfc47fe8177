import { useMemo, useState } from 'react';
import type { GpuDevice } from '../../../../shared/device/device';
import type { Host } from '../../../../shared/device/host';
import { contextSteps } from '../../../../shared/judge/context-steps';
import type { QuantId } from '../../../../shared/judge/data/llm-models';
import { DEFAULT_PROMPT_TOKENS, DEFAULT_QUANT, judgeOneModel, resolveModel } from '../../../../shared/judge/judge-one-model';
import type { WorkloadResult } from '../../../../shared/judge/verdict';

/** The picker's value for "a model the data do not list". */
export const CUSTOM = 'custom';
export const SHAPE_FIELDS = ['paramsB', 'activeParamsB', 'layers', 'kvHeads', 'headDim'] as const;
export type ShapeField = (typeof SHAPE_FIELDS)[number];

const MAX_PROMPT_TOKENS = 1_000_000;
const numberOrUndefined = (text: string): number | undefined => (text.trim() === '' || !Number.isFinite(Number(text)) ? undefined : Number(text));
const today = () => new Date().toISOString().slice(0, 10);

/** One card the panel judges, on the machine that hosts it (Compare: one per compared GPU). */
export interface TryTarget {
  key: string;
  label: string;
  device: GpuDevice;
  host: Host;
}

/** The "Try a model" choices (model or shape, quant, context step, prompt) and the judge's answer for each target card. */
export function useModelTry(targets: TryTarget[]) {
  const [modelId, setModelId] = useState('qwen3-30b-a3b');
  const [shape, setShape] = useState<Record<ShapeField, string>>({ paramsB: '', activeParamsB: '', layers: '', kvHeads: '', headDim: '' });
  const [quant, setQuant] = useState<QuantId>(DEFAULT_QUANT);
  const [contextTokens, setContextTokens] = useState(4096);
  const [prompt, setPrompt] = useState(String(DEFAULT_PROMPT_TOKENS));
  const steps = contextSteps(modelId === CUSTOM ? '' : modelId);
  const context = Math.min(contextTokens, steps[steps.length - 1] ?? contextTokens);
  const promptTokens = Math.min(Math.max(1, Math.round(numberOrUndefined(prompt) ?? DEFAULT_PROMPT_TOKENS)), MAX_PROMPT_TOKENS);
  const results = useMemo((): WorkloadResult[] | 'bad-shape' => {
    const given = Object.fromEntries(SHAPE_FIELDS.map((f) => [f, numberOrUndefined(shape[f])]));
    const resolved = resolveModel(modelId === CUSTOM ? { shape: given } : { name: modelId }, today());
    if (!resolved.ok) return 'bad-shape';
    return targets.map((t) => judgeOneModel(t.device, t.host, resolved.model, quant, { contextTokens: context, promptTokens }));
  }, [targets, modelId, shape, quant, context, promptTokens]);
  return {
    modelId, setModelId, shape, setShape: (f: ShapeField, v: string) => setShape((s) => ({ ...s, [f]: v })),
    quant, setQuant, steps, context, setContextTokens, prompt, setPrompt, promptTokens, results,
  };
}
