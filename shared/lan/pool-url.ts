import type { Message } from '../text/message';
import { deviceWarning } from '../device/warning-text';
/**
 * A pool URL as a miner reports it, accepted only when it is a stratum(+tcp/+ssl), stratum2 or http(s) URL with a host
 * and a port, printable and bounded. Anything else (the "*" dev-fee placeholder, a script, a 5 KB blob) is dropped with
 * a warning: the pool is shown in the UI and written to exports.
 */
export const POOL_URL_MAX = 200;

// `ssl://` and `tcp://` are what GMiner and lolMiner print for stratum over TLS / plain TCP (test/fixtures/gpu-miners/gminer).
const SCHEME = /^(stratum(?:\+(?:tcp|ssl|tls))?|stratum2(?:\+(?:tcp|ssl|tls))?|ssl|tcp|https?):\/\//i;
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*$/i;

export interface PoolCheck {
  pool: string | null;
  warning: Message | null;
}

/** A bare "host:port" (GPU miners drop the scheme) is checked as stratum+tcp but kept as reported. */
export function checkPoolUrl(raw: string | null | undefined): PoolCheck {
  if (raw === null || raw === undefined || raw.trim() === '') return { pool: null, warning: null };
  const text = raw.trim();
  if (text.length > POOL_URL_MAX) return { pool: null, warning: deviceWarning('pool-too-long', { max: POOL_URL_MAX }) };
  if (/[^\x21-\x7e]/.test(text)) return { pool: null, warning: deviceWarning('pool-bad-characters') };
  const withScheme = SCHEME.test(text) ? text : /^[a-z0-9.-]+:\d+$/i.test(text) ? `stratum+tcp://${text}` : null;
  if (!withScheme) return { pool: null, warning: deviceWarning('pool-not-url') };
  const rest = withScheme.replace(SCHEME, '');
  const authority = rest.split(/[/?#]/)[0] ?? '';
  const at = authority.lastIndexOf('@');
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  const match = /^(\[[0-9a-f:]+\]|[^:]+):(\d{1,5})$/i.exec(hostPort);
  const host = match?.[1] ?? '';
  const port = Number(match?.[2] ?? 0);
  if (!match || !(HOST.test(host) || /^\[[0-9a-f:]+\]$/i.test(host)) || port < 1 || port > 65_535)
    return { pool: null, warning: deviceWarning('pool-no-host') };
  // Credentials in the URL are never shown or exported.
  return { pool: at >= 0 ? text.replace(authority.slice(0, at + 1), '') : text, warning: null };
}
