import type { GpuDevice } from '../../../shared/device/device';
import { unknownHost, type Host } from '../../../shared/device/host';
import { customModel, CustomModelSchema } from '../../../shared/judge/custom-model';
import { isQuantId, llmModelByName, type LlmModel, llmModels, onRequestModels, quantFormats } from '../../../shared/judge/data/llm-models';
import { profileOf } from '../../../shared/judge/gpu-profile';
import { judgeLlm } from '../../../shared/judge/judge-llm';
import { judgeMachine, summarise } from '../../../shared/judge/judge-machine';
import { JudgeReportSchema, type JudgeReport } from '../../../shared/judge/report';
import { stackSupport } from '../../../shared/judge/software-support';
import { UsageError, type CliArgs } from '../args';

/** --params 14.8 --layers 48 --kv-heads 8 --head-dim 128 [--active-params 3.3]: a model the data do not list. */
function shaped(args: CliArgs): LlmModel {
  const parsed = CustomModelSchema.safeParse({ paramsB: args.params, activeParamsB: args.activeParams, layers: args.layers, kvHeads: args.kvHeads, headDim: args.headDim });
  if (!parsed.success) throw new UsageError(`--params needs --layers, --kv-heads and --head-dim (from the model's config.json): ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  return customModel(parsed.data, new Date().toISOString().slice(0, 10));
}

/** Host RAM the CLI assumes for partial offload when it judges catalogue hardware (stated in the report's warnings). */
export const ASSUMED_RAM_GB = 32;

/**
 * judge --gpu X --model M [--quant Q] [--context N] [--prompt N]: one model on one catalogue GPU, with the KV cache of
 * that context in the VRAM need, partial offload from system RAM where it does not fit, and the time to first token.
 */
export function judgeOneModel(args: CliArgs, device: GpuDevice, warnings: string[]): JudgeReport {
  const model = args.params !== undefined ? shaped(args) : llmModelByName(args.model ?? '');
  if (!model) throw new UsageError(`No model named "${args.model}". Known: ${[...llmModels, ...onRequestModels].map((m) => m.id).join(', ')}`);
  const quantId = args.quant ?? 'Q4_K_M';
  if (!isQuantId(quantId)) throw new UsageError(`Unknown quant "${quantId}". Known: ${Object.keys(quantFormats).join(', ')}`);
  const host: Host = { ...unknownHost, ramGB: args.ramGB ?? ASSUMED_RAM_GB };
  const notes = args.ramGB === undefined ? [...warnings, `Partial offload assumes ${ASSUMED_RAM_GB} GB of host RAM and 2-channel DDR4-2400 (give --ram-gb)`] : warnings;
  const report = judgeMachine(host, [device], notes);
  const profile = profileOf(device);
  const result = judgeLlm(profile, host, stackSupport(profile), model, quantId, { contextTokens: args.context, promptTokens: args.prompt ?? 512 });
  const devices = report.devices.map((d) => ({ ...d, workloads: [result], summary: summarise([result]) }));
  return JudgeReportSchema.parse({ ...report, devices, rig: { ...report.rig, pooled: [] } });
}
