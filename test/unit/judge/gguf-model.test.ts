import { describe, expect, it } from 'vitest';
import { readGgufKeys } from '../../../shared/bench/gguf-keys';
import { shapeFromGguf } from '../../../shared/judge/gguf-model';

/** A GGUF header with these keys (strings, u32, u64, and string/u32 arrays), as llama.cpp's converter lays it out. */
function header(pairs: Array<[string, 'str' | 'u32' | 'u64' | 'strs' | 'u32s', string | number | string[] | number[]]>): Uint8Array {
  const parts: Buffer[] = [];
  const u32 = (v: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(v); return b; };
  const u64 = (v: number | bigint) => { const b = Buffer.alloc(8); b.writeBigUInt64LE(BigInt(v)); return b; };
  const str = (s: string) => Buffer.concat([u64(Buffer.byteLength(s)), Buffer.from(s)]);
  parts.push(Buffer.from('GGUF'), u32(3), u64(0), u64(pairs.length));
  for (const [key, type, value] of pairs) {
    parts.push(str(key));
    if (type === 'str') parts.push(u32(8), str(value as string));
    if (type === 'u32') parts.push(u32(4), u32(value as number));
    if (type === 'u64') parts.push(u32(10), u64(value as number));
    if (type === 'strs') parts.push(u32(9), u32(8), u64((value as string[]).length), ...(value as string[]).map(str));
    if (type === 'u32s') parts.push(u32(9), u32(4), u64((value as number[]).length), ...(value as number[]).map(u32));
  }
  return Buffer.concat(parts);
}

// Qwen3-30B-A3B's header keys (config.json: 48 layers, hidden 2048, 32 heads, 4 KV heads, head dim 128, 128 experts, 8 used, expert width 768).
const qwen3Moe = header([
  ['general.architecture', 'str', 'qwen3moe'],
  ['general.name', 'str', 'Qwen3 30B A3B'],
  ['general.tags', 'strs', ['text-generation', 'moe']],
  ['general.parameter_count', 'u64', 30_532_122_624],
  ['general.file_type', 'u32', 15],
  ['qwen3moe.block_count', 'u32', 48],
  ['qwen3moe.embedding_length', 'u32', 2048],
  ['qwen3moe.attention.head_count', 'u32', 32],
  ['qwen3moe.attention.head_count_kv', 'u32', 4],
  ['qwen3moe.attention.key_length', 'u32', 128],
  ['qwen3moe.expert_count', 'u32', 128],
  ['qwen3moe.expert_used_count', 'u32', 8],
  ['qwen3moe.expert_feed_forward_length', 'u32', 768],
  ['tokenizer.ggml.token_type', 'u32s', [1, 1, 3]],
]);

describe('a GGUF header as the model to judge (judge --model file.gguf)', () => {
  it('steps over arrays (tags, the vocabulary) to the architecture keys after them', () => {
    const keys = readGgufKeys(qwen3Moe);
    expect(keys?.get('qwen3moe.expert_feed_forward_length')).toBe(768);
    expect(keys?.get('general.tags')).toBeUndefined();
  });

  it('reads a mixture of experts: 30.5B in all, about 3.3B active (Qwen3-30B-A3B is "A3B")', () => {
    const shaped = shapeFromGguf(readGgufKeys(qwen3Moe) ?? new Map(), 18.6e9);
    expect(shaped).toEqual({
      ok: true,
      value: { name: 'Qwen3 30B A3B', architecture: 'qwen3moe', quant: 'Q4_K_M', paramsFrom: 'header', shape: { paramsB: 30.5, activeParamsB: 3.35, layers: 48, kvHeads: 4, headDim: 128 } },
    });
  });

  it('without a parameter count, takes it from the file size at the quant’s bits per weight; head dim from width ÷ heads', () => {
    const dense = header([
      ['general.architecture', 'str', 'llama'],
      ['general.file_type', 'u32', 7],
      ['llama.block_count', 'u32', 32],
      ['llama.embedding_length', 'u32', 4096],
      ['llama.attention.head_count', 'u32', 32],
      ['llama.attention.head_count_kv', 'u32', 8],
    ]);
    const shaped = shapeFromGguf(readGgufKeys(dense) ?? new Map(), 8.54e9);
    // 8.54 GB at Q8_0's 8.5 bits per weight: 8.04 B parameters (Llama 3.1 8B's Q8_0 file).
    expect(shaped.ok && shaped.value).toMatchObject({ quant: 'Q8_0', paramsFrom: 'file-size', shape: { paramsB: 8.04, layers: 32, kvHeads: 8, headDim: 128 } });
  });

  it('says what is missing rather than guessing', () => {
    expect(shapeFromGguf(readGgufKeys(header([['general.architecture', 'str', 'llama'], ['general.file_type', 'u32', 15]])) ?? new Map(), 1e9)).toEqual({ ok: false, missing: 'llama.block_count, .embedding_length and .attention.head_count' });
    expect(shapeFromGguf(new Map<string, string | number>([['general.architecture', 'llama'], ['general.file_type', 0]]), 1e9)).toEqual({ ok: false, missing: 'a quant RigShift knows (general.file_type is F32)' });
    expect(shapeFromGguf(new Map(), 1e9)).toEqual({ ok: false, missing: 'general.architecture' });
  });

  it('stops at an array that claims more bytes than the header holds', () => {
    const lying = Buffer.from(qwen3Moe);
    // general.tags' element count (after its key, type 9 and element type 8) set to 2^40 strings.
    const at = lying.indexOf('general.tags') + 'general.tags'.length + 8;
    lying.writeBigUInt64LE(2n ** 40n, at);
    const keys = readGgufKeys(lying);
    expect(keys?.get('general.name')).toBe('Qwen3 30B A3B');
    expect(keys?.has('qwen3moe.block_count')).toBe(false);
  });
});
