/** FNV-1a, 32 bit, base 36: short stable ids derived from identity keys, so merging the same scan twice is a no-op. */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** `${prefix}-${hash}`, suffixed until it is not taken by something else. */
export function uniqueId(prefix: string, seed: string, taken: (id: string) => boolean): string {
  const base = `${prefix}-${stableHash(seed)}`;
  let candidate = base;
  for (let n = 2; taken(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

/** "Garage 2" → "garage-2" (ids stay within [a-z0-9-]). */
export const slug = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'x';

/** Display text from a device string: no markup characters, no control characters, bounded. */
export const plainText = (value: string, max: number): string =>
  value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
