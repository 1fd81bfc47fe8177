/**
 * The key/value pairs of a GGUF header's first bytes: strings and scalar numbers by key; arrays (tags, languages, the
 * vocabulary) are stepped over. Layout (GGUF v2/v3, little-endian): magic, uint32 version, uint64 tensor count, uint64
 * key/value count, then pairs of (uint64-length string key, uint32 type, value); an array is (uint32 element type,
 * uint64 count, elements). Every length is checked against the bytes held, so a hostile header ends the walk instead
 * of a loop; the walk also ends at MAX_KEYS keys or at an array of arrays.
 */
export type GgufValue = string | number;

/** Fixed sizes of GGUF scalar types by type id (string = 8 and array = 9 are variable). */
const SCALAR_BYTES: Readonly<Record<number, number>> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
const STRING = 8;
const ARRAY = 9;
export const MAX_KEYS = 256;
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

function scalar(view: DataView, at: number, type: number): number {
  switch (type) {
    case 0: return view.getUint8(at);
    case 1: return view.getInt8(at);
    case 2: return view.getUint16(at, true);
    case 3: return view.getInt16(at, true);
    case 4: return view.getUint32(at, true);
    case 5: return view.getInt32(at, true);
    case 6: return view.getFloat32(at, true);
    case 7: return view.getUint8(at);
    case 10: return Number(view.getBigUint64(at, true));
    case 11: return Number(view.getBigInt64(at, true));
    default: return view.getFloat64(at, true);
  }
}

/** The header's keys (those that fit in `head`), or null without the GGUF signature. */
export function readGgufKeys(head: Uint8Array): Map<string, GgufValue> | null {
  if (head.length < 24 || String.fromCharCode(head[0] ?? 0, head[1] ?? 0, head[2] ?? 0, head[3] ?? 0) !== 'GGUF') return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const keys = new Map<string, GgufValue>();
  let at = 24;
  const fits = (bytes: number | bigint): boolean => BigInt(at) + BigInt(bytes) <= BigInt(head.length);
  const text = (): string | null => {
    if (!fits(8)) return null;
    const length = view.getBigUint64(at, true);
    if (!fits(8n + length)) return null;
    const start = at + 8;
    at = start + Number(length);
    return utf8(head.subarray(start, Math.min(at, start + MAX_TEXT * 4))).slice(0, MAX_TEXT);
  };
  /** Steps over an array; false when it does not fit or holds arrays. */
  const skipArray = (): boolean => {
    if (!fits(12)) return false;
    const type = view.getUint32(at, true);
    const count = view.getBigUint64(at + 4, true);
    at += 12;
    const size = SCALAR_BYTES[type];
    if (size !== undefined) {
      if (!fits(count * BigInt(size))) return false;
      at += Number(count) * size;
      return true;
    }
    if (type !== STRING) return false;
    for (let i = 0n; i < count; i++) if (text() === null) return false;
    return true;
  };
  const total = view.getBigUint64(16, true);
  for (let i = 0n; i < total && i < BigInt(MAX_KEYS); i++) {
    const key = text();
    if (key === null || !fits(4)) break;
    const type = view.getUint32(at, true);
    at += 4;
    if (type === ARRAY) {
      if (!skipArray()) break;
      continue;
    }
    if (type === STRING) {
      const value = text();
      if (value === null) break;
      keys.set(key, value);
      continue;
    }
    const size = SCALAR_BYTES[type];
    if (size === undefined || !fits(size)) break;
    keys.set(key, scalar(view, at, type));
    at += size;
  }
  return keys;
}
