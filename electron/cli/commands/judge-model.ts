import type { GpuDevice } from '../../../shared/device/device';
import { unknownHost, type Host } from '../../../shared/device/host';
import { llmModels, onRequestModels, quantFormats } from '../../../shared/judge/data/llm-models';
import { judgeOneModel as judgeOne, quantOf, resolveModel } from '../../../shared/judge/judge-one-model';
import { judgeMachine, summarise } from '../../../shared/judge/judge-machine';
import { JudgeReportSchema, type JudgeReport } from '../../../shared/judge/report';
import { readGgufKeys } from '../../../shared/bench/gguf-keys';
import { customModel, CustomModelSchema } from '../../../shared/judge/custom-model';
import type { LlmModel, QuantId } from '../../../shared/judge/data/llm-models';
import { shapeFromGguf } from '../../../shared/judge/gguf-model';
import { sanitiseText } from '../../../shared/text/sanitise';
import { GgufHeadError, readGgufHead } from '../read-gguf-head';
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

/** --model file.gguf: the model as its header describes it, at the file's own quant (a --quant that differs is said and ignored). */
function ggufModel(path: string, quantAsked: string | undefined, notes: string[]): { model: LlmModel; quant: QuantId } {
  let read: ReturnType<typeof readGgufHead>;
  try {
    read = readGgufHead(path);
  } catch (error) {
    throw new UsageError(error instanceof GgufHeadError ? error.message : String(error));
  }
  const keys = readGgufKeys(read.head);
  if (!keys) throw new UsageError(`${path} is not a GGUF file (no GGUF signature)`);
  const shaped = shapeFromGguf(keys, read.fileBytes);
  if (!shaped.ok) throw new UsageError(`${path}: the header does not give ${shaped.missing}`);
  const { value } = shaped;
  if (quantAsked !== undefined && quantAsked !== value.quant) notes.push(`--quant ${quantAsked} ignored: the file is ${value.quant}`);
  if (value.paramsFrom === 'file-size') notes.push(`Parameters from the file size at ${value.quant}'s bits per weight: the header does not state them`);
  const checked = CustomModelSchema.safeParse(value.shape);
  if (!checked.success) throw new UsageError(`${path}: the header's shape is not usable (${checked.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')})`);
  const model = customModel(checked.data, new Date().toISOString().slice(0, 10));
  const label = value.name ? sanitiseText(value.name, 80) : model.label;
  return { model: { ...model, label, source: { title: `GGUF header of ${sanitiseText(path, 200)}`, ref: 'rigshift judge --model <file.gguf>', date: model.source.date } }, quant: value.quant };
}

/**
 * judge --gpu X --model M [--quant Q] [--context N] [--prompt N]: one model on one catalogue GPU, with the KV cache of
 * that context in the VRAM need, partial offload from system RAM where it does not fit, and the time to first token
 * (the judging itself is shared/judge/judge-one-model.ts, which the UI's "Try a model" panel uses too).
 */
export function judgeOneModel(args: CliArgs, device: GpuDevice, given: string[]): JudgeReport {
  const warnings = [...given];
  const fromFile = args.model !== undefined && /\.gguf$/i.test(args.model) ? ggufModel(args.model, args.quant, warnings) : null;
  const model = fromFile?.model ?? modelOf(args);
  const quant = fromFile?.quant ?? quantOf(args.quant);
  if (!quant) throw new UsageError(`Unknown quant "${args.quant}". Known: ${Object.keys(quantFormats).join(', ')}`);
  const host: Host = { ...unknownHost, ramGB: args.ramGB ?? ASSUMED_RAM_GB };
  const notes = args.ramGB === undefined ? [...warnings, `Partial offload assumes ${ASSUMED_RAM_GB} GB of host RAM and 2-channel DDR4-2400 (give --ram-gb)`] : warnings;
  const report = judgeMachine(host, [device], notes);
  const result = judgeOne(device, host, model, quant, { contextTokens: args.context, promptTokens: args.prompt });
  const devices = report.devices.map((d) => ({ ...d, workloads: [result], summary: summarise([result]) }));
  return JudgeReportSchema.parse({ ...report, devices, rig: { ...report.rig, pooled: [] } });
}
