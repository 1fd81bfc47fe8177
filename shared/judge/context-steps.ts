import { llmMaxContext, UNLISTED_MAX_CONTEXT } from './data/llm-max-context';

/** The context slider's first stop, in tokens. */
export const MIN_CONTEXT_STEP = 2048;

/** Power-of-two contexts from 2k up to the model's longest context (a model the data do not list: 128k). */
export function contextSteps(modelId: string): number[] {
  const top = llmMaxContext[modelId]?.tokens ?? UNLISTED_MAX_CONTEXT;
  const steps: number[] = [];
  for (let c = MIN_CONTEXT_STEP; c <= Math.max(top, MIN_CONTEXT_STEP); c *= 2) steps.push(c);
  return steps;
}
