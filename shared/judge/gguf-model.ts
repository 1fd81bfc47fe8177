import { quantName } from '../bench/gguf-file-types';
import type { GgufValue } from '../bench/gguf-keys';
import type { CustomModelInput } from './custom-model';
import { isQuantId, quantFormats, type QuantId } from './data/llm-models';

/** What a GGUF header says about a model, as the judge's custom shape plus the file's own quant. */
export interface GgufShape {
  name: string | null;
  architecture: string;
  quant: QuantId;
  shape: CustomModelInput;
  /** How the parameter count was found: the header's own count, or the file size at the quant's bits per weight. */
  paramsFrom: 'header' | 'file-size';
}

export type GgufShapeResult = { ok: true; value: GgufShape } | { ok: false; missing: string };

/** Three significant figures: 30.5, 3.35, 0.000213 (a test model stays above zero). */
const sig3 = (v: number): number => Number(v.toPrecision(3));

/**
 * A model from its GGUF header keys (`<arch>.block_count`, `.embedding_length`, `.attention.head_count(_kv)`,
 * `.attention.key_length`, the expert counts of a mixture of experts) and its file size. Parameters come from
 * `general.parameter_count` where the converter wrote it, else from the file size at the quant's bits per weight (so
 * the weights the judge counts are the file's). A MoE's active parameters: total less the routed experts a token
 * does not use (layers × (experts − used) × 3 × embedding × expert feed-forward width).
 */
export function shapeFromGguf(keys: ReadonlyMap<string, GgufValue>, fileBytes: number): GgufShapeResult {
  const arch = keys.get('general.architecture');
  if (typeof arch !== 'string' || !arch) return { ok: false, missing: 'general.architecture' };
  const n = (key: string): number | null => {
    const v = keys.get(`${arch}.${key}`);
    return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null;
  };
  const quant = quantName(keys.get('general.file_type'));
  if (!isQuantId(quant)) return { ok: false, missing: `a quant RigShift knows (general.file_type is ${quant})` };
  const layers = n('block_count');
  const embd = n('embedding_length');
  const heads = n('attention.head_count');
  if (layers === null || embd === null || heads === null) return { ok: false, missing: `${arch}.block_count, .embedding_length and .attention.head_count` };
  const kvHeads = n('attention.head_count_kv') ?? heads;
  const headDim = n('attention.key_length') ?? Math.round(embd / heads);
  const counted = keys.get('general.parameter_count');
  const params = typeof counted === 'number' && counted > 0 ? counted : (fileBytes * 8) / quantFormats[quant].bitsPerWeight;
  const experts = n('expert_count');
  const used = n('expert_used_count');
  const expertFf = n('expert_feed_forward_length');
  const idle = experts && used && expertFf && experts > used ? layers * (experts - used) * 3 * embd * expertFf : 0;
  const paramsB = sig3(params / 1e9);
  const activeB = idle > 0 && idle < params ? sig3((params - idle) / 1e9) : undefined;
  const name = keys.get('general.name');
  return {
    ok: true,
    value: {
      name: typeof name === 'string' ? name : null,
      architecture: arch,
      quant,
      shape: { paramsB, ...(activeB !== undefined ? { activeParamsB: activeB } : {}), layers, kvHeads, headDim },
      paramsFrom: typeof counted === 'number' && counted > 0 ? 'header' : 'file-size',
    },
  };
}
