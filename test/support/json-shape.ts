/** How deep and how wide a parsed value is, walked with an explicit stack (a test helper must not overflow either). */
export interface JsonShape {
  depth: number;
  /** The most elements of any array or members of any object. */
  widest: number;
}

export function jsonShape(root: unknown): JsonShape {
  let depth = 0;
  let widest = 0;
  const stack: Array<{ value: unknown; level: number }> = [{ value: root, level: 1 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    const children = Object.values(item.value as Record<string, unknown>);
    depth = Math.max(depth, item.level);
    widest = Math.max(widest, children.length);
    for (const value of children) stack.push({ value, level: item.level + 1 });
  }
  return { depth, widest };
}

/** A JSON value nested `levels` deep: `[[[…]]]`. */
export const nested = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels);

/** A JSON array of `count` zeros. */
export const wideArray = (count: number): string => `[${new Array<string>(count).fill('0').join(',')}]`;
