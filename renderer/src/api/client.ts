import type { RigBridge } from '../../../shared/api/bridge';
import type { RigClient } from '../../../shared/api/client';

const TOKEN_KEY = 'rigshift-token';

/** The serve-mode token arrives in the URL fragment once; it is kept for the tab and removed from the address bar. */
export function takeToken(): string {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const bridge = (window as unknown as { rig?: RigBridge }).rig;
const token = bridge ? '' : takeToken();
let client: Promise<RigClient> | null = null;
type AnyCall = (input: unknown, options?: unknown) => Promise<unknown>;

/**
 * The one API object the views use; which transport is underneath is decided in make-client.ts and nowhere else. The
 * client and the schemas that check every reply are a chunk of their own, fetched by the first call, so the first
 * screen paints without them. A call made before the chunk is in waits for it.
 */
export const api: RigClient = new Proxy({} as RigClient, {
  get(_target, name) {
    // Not a thenable: `await api` must not look for a call named "then".
    if (typeof name !== 'string' || name === 'then') return undefined;
    const call: AnyCall = async (input, options) => {
      client ??= import('./make-client').then((m) => m.makeClient(bridge, token));
      return ((await client) as unknown as Record<string, AnyCall>)[name]?.(input, options);
    };
    return call;
  },
});
