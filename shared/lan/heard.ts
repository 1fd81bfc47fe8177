/** What an address said on the ports it accepted, bounded: the "answering, not identified" outcome of a LAN scan. */

/** At most this many bytes of a port's first reply are kept (the rest is never recorded). */
export const BANNER_MAX_BYTES = 256;

const ESCAPES: Record<number, string> = { 9: '\\t', 10: '\\n', 13: '\\r', 92: '\\\\' };

/** The first BANNER_MAX_BYTES bytes as printable ASCII: \n, \r, \t, \\ and \xNN for everything else. */
export function printableBanner(bytes: Uint8Array, max = BANNER_MAX_BYTES): string {
  let out = '';
  for (const byte of bytes.subarray(0, max)) out += ESCAPES[byte] ?? (byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`);
  return out;
}

const latin1 = (bytes: Uint8Array): string => Array.from(bytes.subarray(0, 4096), (b) => String.fromCharCode(b)).join('');

/** An HTTP reply's status line and Server header (each bounded and printable-escaped), or null for anything else. */
export function httpSummary(bytes: Uint8Array): { status: string; server: string | null } | null {
  const head = latin1(bytes).split('\r\n\r\n')[0] ?? '';
  const lines = head.split(/\r?\n/);
  const status = lines[0] ?? '';
  if (!/^HTTP\/\d(\.\d)?\s+\d{3}/.test(status)) return null;
  const server = lines.slice(1, 64).find((line) => /^server\s*:/i.test(line));
  const bounded = (text: string): string => printableBanner(Uint8Array.from(text.slice(0, 120), (c) => c.charCodeAt(0) & 0xff));
  return { status: bounded(status), server: server ? bounded(server.slice(server.indexOf(':') + 1).trim()) : null };
}

export type HostOutcome = 'identified' | 'answering' | 'silent';

/** Exactly one outcome per address: a miner; a port accepted but no miner was recognised; no port accepted. */
export function classifyHost(scan: { identified: boolean; acceptedPorts: number }): HostOutcome {
  if (scan.identified) return 'identified';
  return scan.acceptedPorts > 0 ? 'answering' : 'silent';
}
