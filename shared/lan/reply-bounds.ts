/**
 * Bounds on what a miner reply may be, checked before and right after JSON.parse, so that no reply — however deep or
 * wide — reaches a recursive walk (JSON.stringify, structured clone, a family parser) it could overflow or stall.
 * Real firmware replies are at most 6 levels deep with at most ~200 members per object (test/fixtures/miners).
 */

/** Deepest nesting of objects and arrays read; a deeper reply is refused as a whole ("not read"). */
export const MAX_REPLY_DEPTH = 64;
/** Most elements kept per array and members per object; the rest is dropped. */
export const MAX_REPLY_ELEMENTS = 1024;

/**
 * The deepest nesting of `{`/`[` outside JSON strings, in one linear pass with no recursion. Stops counting as soon as
 * it passes `limit` (returns limit + 1), so a 100,000-deep reply costs no more than its first levels.
 */
export function nestingDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return limit + 1;
    } else if ((ch === 0x7d || ch === 0x5d) && depth > 0) depth--;
  }
  return deepest;
}

export const tooDeep = (text: string): boolean => nestingDepth(text, MAX_REPLY_DEPTH) > MAX_REPLY_DEPTH;

export type Bounded = { ok: true; value: unknown; cut: number } | { ok: false; reason: 'too-deep' };

type Container = unknown[] | Record<string, unknown>;
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;
const shell = (v: Container): Container => (Array.isArray(v) ? [] : {});

/** Sets an own property, even one named "__proto__" (JSON.parse makes it an own key; plain assignment would not). */
function put(target: Container, key: string | number, value: unknown): void {
  if (Array.isArray(target)) target.push(value);
  else if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * A copy of parsed JSON with every array and object cut to MAX_REPLY_ELEMENTS, or a refusal when it nests deeper than
 * MAX_REPLY_DEPTH (the text scan can miss depth a repair created). Iterative: an explicit stack, never the call stack.
 * `cut` counts the containers that lost elements.
 */
export function boundParsed(root: unknown): Bounded {
  if (!isContainer(root)) return { ok: true, value: root, cut: 0 };
  const top = shell(root);
  const stack: Array<{ from: Container; to: Container; depth: number }> = [{ from: root, to: top, depth: 1 }];
  let cut = 0;
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (item.depth > MAX_REPLY_DEPTH) return { ok: false, reason: 'too-deep' };
    const size = Array.isArray(item.from) ? item.from.length : Object.keys(item.from).length;
    const keys: Array<string | number> = Array.isArray(item.from) ? Array.from({ length: Math.min(size, MAX_REPLY_ELEMENTS) }, (_, i) => i) : Object.keys(item.from).slice(0, MAX_REPLY_ELEMENTS);
    if (size > MAX_REPLY_ELEMENTS) cut++;
    for (const key of keys) {
      const value = (item.from as Record<string | number, unknown>)[key];
      if (isContainer(value)) {
        const copy = shell(value);
        put(item.to, key, copy);
        stack.push({ from: value, to: copy, depth: item.depth + 1 });
      } else put(item.to, key, value);
    }
  }
  return { ok: true, value: top, cut };
}
