import type { Collected } from './types';

/**
 * All RPC reply text seen so far (each reply's first 4 KiB, where versions, types and descriptions sit), upper-cased,
 * for marker tests. Cached per collection state: every family tests it in turn.
 */
const cache = new WeakMap<Collected, { key: number; text: string }>();
export const rpcText = (c: Collected): string => {
  const parts = Object.values(c.rpcText);
  const key = parts.reduce((sum, part) => sum + part.length + 1, 0);
  const hit = cache.get(c);
  if (hit && hit.key === key) return hit.text;
  const text = parts.join(' ').toUpperCase();
  cache.set(c, { key, text });
  return text;
};

/** The web root (or a path) body and headers, upper-cased. */
export const webText = (c: Collected, path: '/' | '/capabilities' | '/api/system/info' = '/'): string => {
  const reply = c.web[path];
  return reply ? `${Object.entries(reply.headers).map(([k, v]) => `${k}: ${v}`).join('\n')}\n${reply.body.slice(0, 16_384)}`.toUpperCase() : '';
};

export const hasRpc = (c: Collected, ...markers: string[]): boolean => {
  const text = rpcText(c);
  return markers.some((marker) => text.includes(marker));
};
