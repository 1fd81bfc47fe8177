import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-rigshift-token';

export interface GuardConfig {
  /** Host header values this server answers to, e.g. "127.0.0.1:5123" and "localhost:5123". */
  allowedHosts: ReadonlySet<string>;
  token: string;
}

export type GuardResult = { ok: true } | { ok: false; status: number; message: string };

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** DNS-rebinding defence: a page on evil.example resolved to 127.0.0.1 still sends Host/Origin evil.example. */
export function checkHostAndOrigin(req: IncomingMessage, config: GuardConfig): GuardResult {
  const host = header(req, 'host')?.toLowerCase();
  if (!host || !config.allowedHosts.has(host)) return { ok: false, status: 421, message: 'Host not allowed' };
  const origin = header(req, 'origin');
  if (origin !== undefined) {
    let originHost: string;
    try {
      const url = new URL(origin);
      if (url.protocol !== 'http:') return { ok: false, status: 403, message: 'Origin not allowed' };
      originHost = url.host.toLowerCase();
    } catch {
      return { ok: false, status: 403, message: 'Origin not allowed' };
    }
    if (!config.allowedHosts.has(originHost)) return { ok: false, status: 403, message: 'Origin not allowed' };
  }
  const site = header(req, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return { ok: false, status: 403, message: 'Cross-site request refused' };
  return { ok: true };
}

export function checkToken(req: IncomingMessage, token: string): GuardResult {
  const given = Buffer.from(header(req, TOKEN_HEADER) ?? '', 'utf8');
  const expected = Buffer.from(token, 'utf8');
  const valid = given.length === expected.length && timingSafeEqual(given, expected);
  return valid ? { ok: true } : { ok: false, status: 401, message: 'Missing or wrong token' };
}
