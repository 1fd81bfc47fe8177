/** Small readers for loosely shaped miner JSON: every field may be missing, a string, or the wrong type. */
export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A numeric field that may be a number or a string with a unit ("3250 W", "415.065", "85.5°C"). */
export function num(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const match = /-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/i.exec(v);
  return match ? Number(match[0]) : null;
}

export const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

/** A cgminer section (`SUMMARY`, `STATS`, …) as an array of objects, whatever the case of its key. */
export function section(reply: unknown, name: string): Obj[] {
  if (!isObj(reply)) return [];
  const key = Object.keys(reply).find((k) => k.toUpperCase() === name.toUpperCase());
  const value = key ? reply[key] : undefined;
  return Array.isArray(value) ? value.filter(isObj) : isObj(value) ? [value] : [];
}

export const first = (reply: unknown, name: string): Obj => section(reply, name)[0] ?? {};

/** Case-insensitive field lookup, trying several names. */
export function field(obj: Obj | undefined, ...names: string[]): unknown {
  if (!obj) return undefined;
  for (const name of names) {
    if (name in obj) return obj[name];
    const key = Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key) return obj[key];
  }
  return undefined;
}

/**
 * Upper-cased text of a reply, for marker tests. Replies are depth-bounded when read (reply-bounds.ts); a value that
 * still cannot be written out (too deep, a cycle) gives '' rather than an exception that would end the host's scan.
 */
export function upper(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v.toUpperCase();
  try {
    return (JSON.stringify(v) ?? '').toUpperCase();
  } catch {
    return '';
  }
}

/** The pool the miner is mining on: the alive one with the best priority (cgminer `pools`). */
export function activePool(reply: unknown): string | null {
  const pools = section(reply, 'POOLS');
  const alive = pools.filter((p) => /alive/i.test(str(field(p, 'Status')) ?? '') || field(p, 'Stratum Active') === true);
  const best = [...(alive.length ? alive : pools)].sort((a, b) => (num(field(a, 'Priority')) ?? 99) - (num(field(b, 'Priority')) ?? 99))[0];
  return str(field(best, 'URL', 'url')) ?? null;
}

/** fan1…fanN / temp2_1…: numbered keys of one object, in order, non-zero. */
export function numbered(obj: Obj, pattern: RegExp): number[] {
  return Object.keys(obj)
    .filter((k) => pattern.test(k))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((k) => num(obj[k]))
    .filter((n): n is number => n !== null && n !== 0);
}

export const HASH = { kH: 1e3, MH: 1e6, GH: 1e9, TH: 1e12, PH: 1e15 } as const;
export const unitScale = (unit: string | null | undefined): number | null => {
  const key = (unit ?? '').trim().toUpperCase().replace(/\/S$|S$/, '');
  return ({ H: 1, KH: 1e3, MH: 1e6, GH: 1e9, TH: 1e12, PH: 1e15 } as Record<string, number>)[key] ?? null;
};
