import type { GpuDevice } from '../../../shared/device/device';
import { unknownHost, type Host } from '../../../shared/device/host';
import { llmModels, onRequestModels, quantFormats } from '../../../shared/judge/data/llm-models';
import { judgeOneModel as judgeOne, quantOf, resolveModel } from '../../../shared/judge/judge-one-model';
import { judgeMachine, summarise } from '../../../shared/judge/judge-machine';
import { JudgeReportSchema, type JudgeReport } from '../../../shared/judge/report';
import { UsageError, type CliArgs } from '../args';

/** Host RAM the CLI assumes for partial offload when it judges catalogue hardware (stated in the report's warnings). */
export const ASSUMED_RAM_GB = 32;

/** --model M, or --params 14.8 --layers 48 --kv-heads 8 --head-dim 128 [--active-params 3.3]: a model the data do not list. */
function modelOf(args: CliArgs) {
  const shape = { paramsB: args.params, activeParamsB: args.activeParams, layers: args.layers, kvHeads: args.kvHeads, headDim: args.headDim };
  const resolved = resolveModel(args.params !== undefined ? { shape } : { name: args.model ?? '' }, new Date().toISOString().slice(0, 10));
  if (resolved.ok) return resolved.model;
  if (resolved.code === 'bad-shape') throw new UsageError(`--params needs --layers, --kv-heads and --head-dim (from the model's config.json): ${resolved.issues.join('; ')}`);
  throw new UsageError(`No model named "${args.model}". Known: ${[...llmModels, ...onRequestModels].map((m) => m.id).join(', ')}`);
}

/**
 * judge --gpu X --model M [--quant Q] [--context N] [--prompt N]: one model on one catalogue GPU, with the KV cache of
 * that context in the VRAM need, partial offload from system RAM where it does not fit, and the time to first token
 * (the judging itself is shared/judge/judge-one-model.ts, which the UI's "Try a model" panel uses too).
 */
export function judgeOneModel(args: CliArgs, device: GpuDevice, warnings: string[]): JudgeReport {
  const model = modelOf(args);
  const quant = quantOf(args.quant);
  if (!quant) throw new UsageError(`Unknown quant "${args.quant}". Known: ${Object.keys(quantFormats).join(', ')}`);
  const host: Host = { ...unknownHost, ramGB: args.ramGB ?? ASSUMED_RAM_GB };
  const notes = args.ramGB === undefined ? [...warnings, `Partial offload assumes ${ASSUMED_RAM_GB} GB of host RAM and 2-channel DDR4-2400 (give --ram-gb)`] : warnings;
  const report = judgeMachine(host, [device], notes);
  const result = judgeOne(device, host, model, quant, { contextTokens: args.context, promptTokens: args.prompt });
  const devices = report.devices.map((d) => ({ ...d, workloads: [result], summary: summarise([result]) }));
  return JudgeReportSchema.parse({ ...report, devices, rig: { ...report.rig, pooled: [] } });
}
