import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGgufMeta } from '../../../shared/bench/gguf-meta';
import { writeTinyGguf } from '../../support/tiny-gguf';

const dir = mkdtempSync(join(tmpdir(), 'rigshift-gguf-meta-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tiny = (name?: string): Buffer => {
  const path = join(dir, `${name ?? 'tiny'}.gguf`);
  writeTinyGguf(path, { layers: 1, embd: 16, ...(name ? { name } : {}) });
  return readFileSync(path).subarray(0, 64 * 1024);
};

describe('readGgufMeta: the general.* keys from the first bytes', () => {
  it('reads name, architecture and file type (F32 = 0) of the tiny model', () => {
    expect(readGgufMeta(tiny())).toEqual({ name: 'RigShift tiny test model', architecture: 'llama', fileType: 0, sizeLabel: null });
  });

  it('decodes UTF-8 names', () => {
    expect(readGgufMeta(tiny('Modèlo ünïcode'))?.name).toBe('Modèlo ünïcode');
  });

  it('returns what it read before the bytes ran out (a header cut mid-way)', () => {
    const meta = readGgufMeta(tiny().subarray(0, 24 + 8 + 20 + 4 + 8 + 5));
    expect(meta).toEqual({ name: null, architecture: 'llama', fileType: null, sizeLabel: null });
  });

  it('is null for a file without the GGUF signature', () => {
    expect(readGgufMeta(Buffer.from('not a gguf file, just text that is long enough'))).toBeNull();
  });

  it('stops at a string length larger than the bytes held', () => {
    const head = Buffer.from(tiny());
    head.writeBigUInt64LE(2n ** 62n, 24); // the first key's length
    expect(readGgufMeta(head)).toEqual({ name: null, architecture: null, fileType: null, sizeLabel: null });
  });
});
