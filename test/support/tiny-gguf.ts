/**
 * Generates a tiny, valid GGUF v3 llama model with random F32 weights (≈ 460 KB): 2 layers, n_embd 64, a 259-token
 * SPM vocabulary (<unk>, <s>, </s>, <0x00>…<0xFF> byte tokens). Real enough for llama.cpp to load and run.
 */
import { writeFileSync } from 'node:fs';

const T = { UINT32: 4, INT32: 5, FLOAT32: 6, STRING: 8, ARRAY: 9 } as const;
type Kv = [string, 'u32' | 'f32' | 'str', number | string] | [string, 'arr-str', string[]] | [string, 'arr-f32' | 'arr-i32', number[]];

class Writer {
  private chunks: Buffer[] = [];
  length = 0;
  push(b: Buffer): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  u32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    this.push(b);
  }
  i32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32LE(v);
    this.push(b);
  }
  u64(v: number): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    this.push(b);
  }
  f32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v);
    this.push(b);
  }
  str(s: string): void {
    const b = Buffer.from(s, 'utf8');
    this.u64(b.length);
    this.push(b);
  }
  pad(align: number): void {
    const extra = (align - (this.length % align)) % align;
    if (extra) this.push(Buffer.alloc(extra));
  }
  buffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

function writeKv(w: Writer, [key, kind, value]: Kv): void {
  w.str(key);
  if (kind === 'u32') {
    w.u32(T.UINT32);
    w.u32(value as number);
  } else if (kind === 'f32') {
    w.u32(T.FLOAT32);
    w.f32(value as number);
  } else if (kind === 'str') {
    w.u32(T.STRING);
    w.str(value as string);
  } else {
    const values = value as (string | number)[];
    w.u32(T.ARRAY);
    w.u32(kind === 'arr-str' ? T.STRING : kind === 'arr-f32' ? T.FLOAT32 : T.INT32);
    w.u64(values.length);
    for (const v of values) {
      if (kind === 'arr-str') w.str(v as string);
      else if (kind === 'arr-f32') w.f32(v as number);
      else w.i32(v as number);
    }
  }
}

export interface TinyGgufOptions {
  /** general.file_type to write (default 0 = F32, what the tensors are). */
  fileType?: number;
  layers?: number;
  embd?: number;
  contextLength?: number;
  name?: string;
  seed?: number;
}

/** Writes the model to `path` and returns its size in bytes. */
export function writeTinyGguf(path: string, options: TinyGgufOptions = {}): number {
  const layers = options.layers ?? 2;
  const embd = options.embd ?? 64;
  const ff = embd * 2;
  const heads = 4;
  let seed = options.seed ?? 42;
  const random = (): number => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32 - 0.5;
  };
  const tokens = ['<unk>', '<s>', '</s>', ...Array.from({ length: 256 }, (_, i) => `<0x${i.toString(16).toUpperCase().padStart(2, '0')}>`)];
  const vocab = tokens.length;
  const kvs: Kv[] = [
    ['general.architecture', 'str', 'llama'],
    ['general.name', 'str', options.name ?? 'RigShift tiny test model'],
    // The tensors are F32 whatever this says: a header-only reader (judge --model file.gguf) can be told another type.
    ['general.file_type', 'u32', options.fileType ?? 0],
    ['general.alignment', 'u32', 32],
    ['llama.context_length', 'u32', options.contextLength ?? 2048],
    ['llama.embedding_length', 'u32', embd],
    ['llama.block_count', 'u32', layers],
    ['llama.feed_forward_length', 'u32', ff],
    ['llama.attention.head_count', 'u32', heads],
    ['llama.attention.head_count_kv', 'u32', heads],
    ['llama.rope.dimension_count', 'u32', embd / heads],
    ['llama.attention.layer_norm_rms_epsilon', 'f32', 1e-5],
    ['tokenizer.ggml.model', 'str', 'llama'],
    ['tokenizer.ggml.tokens', 'arr-str', tokens],
    ['tokenizer.ggml.scores', 'arr-f32', tokens.map(() => 0)],
    ['tokenizer.ggml.token_type', 'arr-i32', tokens.map((_, i) => (i === 0 ? 2 : i < 3 ? 3 : 6))],
    ['tokenizer.ggml.unknown_token_id', 'u32', 0],
    ['tokenizer.ggml.bos_token_id', 'u32', 1],
    ['tokenizer.ggml.eos_token_id', 'u32', 2],
  ];
  const tensors: Array<{ name: string; dims: number[]; norm?: boolean }> = [
    { name: 'token_embd.weight', dims: [embd, vocab] },
    { name: 'output_norm.weight', dims: [embd], norm: true },
    { name: 'output.weight', dims: [embd, vocab] },
  ];
  for (let i = 0; i < layers; i++) {
    tensors.push(
      { name: `blk.${i}.attn_norm.weight`, dims: [embd], norm: true },
      { name: `blk.${i}.attn_q.weight`, dims: [embd, embd] },
      { name: `blk.${i}.attn_k.weight`, dims: [embd, embd] },
      { name: `blk.${i}.attn_v.weight`, dims: [embd, embd] },
      { name: `blk.${i}.attn_output.weight`, dims: [embd, embd] },
      { name: `blk.${i}.ffn_norm.weight`, dims: [embd], norm: true },
      { name: `blk.${i}.ffn_gate.weight`, dims: [embd, ff] },
      { name: `blk.${i}.ffn_up.weight`, dims: [embd, ff] },
      { name: `blk.${i}.ffn_down.weight`, dims: [ff, embd] },
    );
  }
  const w = new Writer();
  w.push(Buffer.from('GGUF', 'ascii'));
  w.u32(3);
  w.u64(tensors.length);
  w.u64(kvs.length);
  for (const kv of kvs) writeKv(w, kv);
  let offset = 0;
  const datas: Buffer[] = [];
  for (const t of tensors) {
    w.str(t.name);
    w.u32(t.dims.length);
    for (const d of t.dims) w.u64(d);
    w.u32(0); // GGML_TYPE_F32
    w.u64(offset);
    const count = t.dims.reduce((a, b) => a * b, 1);
    const data = Buffer.alloc(Math.ceil((count * 4) / 32) * 32);
    for (let i = 0; i < count; i++) data.writeFloatLE(t.norm ? 1 : random() * 0.2, i * 4);
    datas.push(data);
    offset += data.length;
  }
  w.pad(32);
  for (const d of datas) w.push(d);
  const out = w.buffer();
  writeFileSync(path, out);
  return out.length;
}
