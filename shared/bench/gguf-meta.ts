/**
 * The few `general.*` keys of a GGUF header that name a model (name, architecture, file type, size label), read from
 * the file's first bytes only. Layout (GGUF v2/v3, little-endian): magic, uint32 version, uint64 tensor count, uint64
 * key/value count, then key/value pairs (uint64-length string key, uint32 type, value). Every length is checked
 * against the bytes held, so a hostile header ends the walk instead of a loop; arrays (the vocabulary) end it too.
 */
export interface GgufMeta {
  name: string | null;
  architecture: string | null;
  fileType: number | null;
  sizeLabel: string | null;
}

/** Fixed sizes of GGUF scalar types by type id (string = 8 and array = 9 are variable). */
const SCALAR_BYTES: Readonly<Record<number, number>> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
/** Keys past this many are not looked at: the general.* keys come first in files written by llama.cpp's tools. */
export const MAX_KEYS_READ = 64;
const MAX_TEXT = 200;

/** UTF-8 bytes as text without DOM or Node APIs; invalid sequences keep only their ASCII bytes. */
function utf8(bytes: Uint8Array): string {
  const escaped = Array.from(bytes, (b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  try {
    return decodeURIComponent(escaped);
  } catch {
    return Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : '')).join('');
  }
}

export function readGgufMeta(head: Uint8Array): GgufMeta | null {
  const meta: GgufMeta = { name: null, architecture: null, fileType: null, sizeLabel: null };
  if (head.length < 24 || String.fromCharCode(head[0] ?? 0, head[1] ?? 0, head[2] ?? 0, head[3] ?? 0) !== 'GGUF') return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const kvs = view.getBigUint64(16, true);
  let at = 24;
  const text = (): string | null => {
    if (at + 8 > head.length) return null;
    const length = view.getBigUint64(at, true);
    if (length > BigInt(head.length - at - 8)) return null;
    const start = at + 8;
    at = start + Number(length);
    return utf8(head.subarray(start, Math.min(at, start + MAX_TEXT * 4)));
  };
  for (let i = 0n; i < kvs && i < BigInt(MAX_KEYS_READ); i++) {
    const key = text();
    if (key === null || at + 4 > head.length) break;
    const type = view.getUint32(at, true);
    at += 4;
    if (type === 8) {
      const value = text();
      if (value === null) break;
      if (key === 'general.name') meta.name = value.slice(0, MAX_TEXT);
      else if (key === 'general.architecture') meta.architecture = value.slice(0, MAX_TEXT);
      else if (key === 'general.size_label') meta.sizeLabel = value.slice(0, MAX_TEXT);
      continue;
    }
    const size = SCALAR_BYTES[type];
    if (size === undefined || at + size > head.length) break; // an array, or a type this reader does not know
    if (key === 'general.file_type' && type === 4) meta.fileType = view.getUint32(at, true);
    at += size;
  }
  return meta;
}
