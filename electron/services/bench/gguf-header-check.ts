import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * A GGUF file's fixed header, checked before node-llama-cpp's header reader sees the file: that reader trusts the
 * tensor and metadata counts, so a 96-byte file claiming 2^63 tensors kept it busy until the benchmark's deadline.
 *
 * Layout (GGUF v2/v3, little-endian): "GGUF", uint32 version, uint64 tensor count, uint64 metadata key/value count.
 * Every count is compared with what the rest of the file could possibly hold, using the smallest encoding of each item,
 * so no valid file is ever refused.
 */
export const GGUF_HEADER_BYTES = 24;
/** Smallest metadata key/value: key (uint64 length + an empty string), uint32 type, a 1-byte value (uint8/int8/bool). */
export const MIN_KV_BYTES = 8 + 4 + 1;
/** Smallest tensor info: name (uint64 length + an empty string), uint32 dimension count (0), uint32 type, uint64 offset. */
export const MIN_TENSOR_INFO_BYTES = 8 + 4 + 4 + 8;
/** Versions llama.cpp reads (1 had 32-bit counts and is refused by llama.cpp and node-llama-cpp alike). */
const SUPPORTED_VERSIONS = new Set([2, 3]);

export interface GgufCounts {
  version: number;
  tensors: bigint;
  kvs: bigint;
}

/** The problem with a header (`head`: the file's first bytes, `fileBytes`: its size) in English, or null when plausible. */
export function ggufHeaderProblem(head: Uint8Array, fileBytes: number): string | null {
  if (head.length < GGUF_HEADER_BYTES || fileBytes < GGUF_HEADER_BYTES) return `only ${fileBytes} bytes, shorter than a GGUF header`;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const magic = String.fromCharCode(head[0] ?? 0, head[1] ?? 0, head[2] ?? 0, head[3] ?? 0);
  if (magic !== 'GGUF') return 'no GGUF signature at the start of the file';
  const counts: GgufCounts = { version: view.getUint32(4, true), tensors: view.getBigUint64(8, true), kvs: view.getBigUint64(16, true) };
  if (!SUPPORTED_VERSIONS.has(counts.version)) return `GGUF version ${counts.version} is not supported (2 and 3 are)`;
  const room = BigInt(fileBytes - GGUF_HEADER_BYTES);
  const needed = counts.tensors * BigInt(MIN_TENSOR_INFO_BYTES) + counts.kvs * BigInt(MIN_KV_BYTES);
  if (needed > room) return `the header claims ${counts.tensors} tensors and ${counts.kvs} metadata entries, more than ${fileBytes} bytes can hold`;
  return null;
}

/** Reads only the first 24 bytes and the size of the file at `path`; the problem with its header, or null. Throws on I/O errors. */
export function checkGgufFile(path: string): string | null {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(GGUF_HEADER_BYTES);
    const read = readSync(fd, head, 0, GGUF_HEADER_BYTES, 0);
    return ggufHeaderProblem(head.subarray(0, read), size);
  } finally {
    closeSync(fd);
  }
}
