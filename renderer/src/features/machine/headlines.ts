import { llmModels } from '../../../../shared/judge/data/llm-models';
import type { WorkloadResult } from '../../../../shared/judge/verdict';

const LLM_ORDER = llmModels.map((m) => m.id);

/** The largest LLM (by parameters) that gets a "yes", preferring the higher precision at equal size. */
export function largestLlm(workloads: WorkloadResult[]): WorkloadResult | undefined {
  const yes = workloads.filter((w) => w.category === 'llm' && w.verdict === 'yes' && !w.id.startsWith('llama-2-7b'));
  const rank = (w: WorkloadResult): number => {
    const [model = '', quant = ''] = w.id.split(':');
    const size = llmModels.find((m) => m.id === model)?.paramsB ?? 0;
    return size * 10 + (quant === 'F16' ? 3 : quant === 'Q8_0' ? 2 : 1) + LLM_ORDER.indexOf(model) * 0;
  };
  return [...yes].sort((a, b) => rank(b) - rank(a))[0];
}

export const reference = (workloads: WorkloadResult[]): WorkloadResult | undefined => workloads.find((w) => w.id === 'llama-2-7b:Q4_0');
