import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkGgufFile, ggufHeaderProblem, GGUF_HEADER_BYTES, MIN_KV_BYTES, MIN_TENSOR_INFO_BYTES } from '../../../electron/services/bench/gguf-header-check';
import { writeTinyGguf } from '../../support/tiny-gguf';

const dir = mkdtempSync(join(tmpdir(), 'rigshift-gguf-head-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const header = (tensors: bigint, kvs: bigint, version = 3, magic = 'GGUF'): Buffer => {
  const b = Buffer.alloc(GGUF_HEADER_BYTES);
  b.write(magic, 0, 'ascii');
  b.writeUInt32LE(version, 4);
  b.writeBigUInt64LE(tensors, 8);
  b.writeBigUInt64LE(kvs, 16);
  return b;
};

describe('GGUF header check (before node-llama-cpp reads the file)', () => {
  it('passes a real GGUF file', () => {
    const path = join(dir, 'tiny.gguf');
    writeTinyGguf(path);
    expect(checkGgufFile(path)).toBeNull();
    expect(ggufHeaderProblem(readFileSync(path).subarray(0, GGUF_HEADER_BYTES), readFileSync(path).length)).toBeNull();
  });

  it('refuses counts the file size cannot hold, from 2^63 down to one item too many', () => {
    expect(ggufHeaderProblem(header(2n ** 63n, 1n), 96)).toMatch(/claims 9223372036854775808 tensors and 1 metadata entries, more than 96 bytes/);
    expect(ggufHeaderProblem(header(0n, 2n ** 64n - 1n), 96)).toMatch(/more than 96 bytes/);
    // Exactly as many of the smallest items as fit passes; one more does not.
    const size = GGUF_HEADER_BYTES + 3 * MIN_TENSOR_INFO_BYTES + 2 * MIN_KV_BYTES;
    expect(ggufHeaderProblem(header(3n, 2n), size)).toBeNull();
    expect(ggufHeaderProblem(header(4n, 2n), size)).not.toBeNull();
    expect(ggufHeaderProblem(header(3n, 3n), size)).not.toBeNull();
  });

  it('refuses a wrong signature, an unsupported version and a file shorter than the header', () => {
    expect(ggufHeaderProblem(header(0n, 0n, 3, 'GGML'), 100)).toMatch(/no GGUF signature/);
    expect(ggufHeaderProblem(header(0n, 0n, 1), 100)).toMatch(/version 1 is not supported/);
    expect(ggufHeaderProblem(header(0n, 0n, 0xffffffff), 100)).toMatch(/version 4294967295 is not supported/);
    expect(ggufHeaderProblem(Buffer.from('GGUF'), 4)).toMatch(/only 4 bytes/);
  });
});
