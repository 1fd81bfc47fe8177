import type { Collected } from './types';
import { upper } from './read';

/** All RPC text seen so far, upper-cased (version, devdetails, stats), for marker tests. */
export const rpcText = (c: Collected): string =>
  [c.rpc.version, c.rpc.devdetails, c.rpc.stats, c.rpc.summary].map(upper).join(' ') + ' ' + Object.values(c.rpcText).join(' ').toUpperCase();

/** The web root (or a path) body and headers, upper-cased. */
export const webText = (c: Collected, path: '/' | '/capabilities' | '/api/system/info' = '/'): string => {
  const reply = c.web[path];
  return reply ? `${Object.entries(reply.headers).map(([k, v]) => `${k}: ${v}`).join('\n')}\n${reply.body}`.toUpperCase() : '';
};

export const hasRpc = (c: Collected, ...markers: string[]): boolean => {
  const text = rpcText(c);
  return markers.some((marker) => text.includes(marker));
};
