/**
 * Strips network addresses from a line of the diagnostics report, so a report pasted in public does not map the
 * user's LAN: IPv4 and IPv6 addresses, host names with a port (`antminer-3.local:4028`), host names in URLs, local
 * names (`.local`, `.lan`, `.home`, …) and MAC addresses each become `[address]` (`[mac]` for a MAC). A port is kept
 * (`[address]:4028`): it says which protocol failed and names no machine. The rest of the line is left as it was.
 */
export const ADDRESS = '[address]';
export const MAC = '[mac]';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = `${OCTET}(?:\\.${OCTET}){3}`;

/** MAC addresses: six hex pairs with ':' or '-', or Cisco's three dotted quads. */
const MAC_PATTERN = /(?<![\w:.-])(?:(?:[0-9a-f]{2}:){5}[0-9a-f]{2}|(?:[0-9a-f]{2}-){5}[0-9a-f]{2}|(?:[0-9a-f]{4}\.){2}[0-9a-f]{4})(?![\w:.-])/gi;

/** IPv6 candidates (checked by isIpv6): hex groups and colons, maybe an IPv4 tail, a zone, brackets and a port. */
const IPV6_CANDIDATE = new RegExp(`(?<![\\w:.])(\\[)?((?:[0-9a-f]{0,4}:){2,7}(?:${IPV4}|[0-9a-f]{0,4}))(%[\\w.-]+)?(\\])?(?::(\\d{1,5}))?(?![\\w]|\\.\\w|:[\\w:])`, 'gi');

const IPV4_PATTERN = new RegExp(`(?<![\\w.])${IPV4}(?![\\w]|\\.\\d)`, 'g');

/** Source files in stack traces (`report.ts:42`) look like host:port; their extensions are never top-level domains we need. */
const FILE_EXTENSIONS = new Set(['js', 'mjs', 'cjs', 'ts', 'mts', 'cts', 'tsx', 'jsx', 'json', 'node', 'html', 'css', 'map', 'log', 'txt', 'gguf', 'md']);

/** A dotted name, or a single label with a digit or a hyphen (`miner07`, `s19-rack3`), then ':' and a port. */
const HOST_PORT = /(?<![\w.@/:-])([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*):(\d{1,5})(?![\w.:])/gi;

/** The host of a URL (after any user info, which redactSecrets already blanked). */
const URL_HOST = /(\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@]*@)?)(\[[^\]\s]*\]|[^\s/:?#[\]]+)/gi;

/** Names only a LAN resolves. */
const LOCAL_NAME = /(?<![\w.-])[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.(?:local|lan|home|internal|localdomain|home\.arpa)(?![\w-]|\.[a-z0-9])/gi;

const IPV4_TAIL = new RegExp(`(?:^|:)(${IPV4})$`);
const hexGroups = (part: string): string[] => (part === '' ? [] : part.split(':'));
const allHex = (groups: string[]): boolean => groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g));

/** Eight hex groups, or fewer around one '::' (an IPv4 tail counts as two groups). */
function isIpv6(text: string): boolean {
  const tail = IPV4_TAIL.exec(text)?.[1];
  const hex = tail ? `${text.slice(0, text.length - tail.length)}0:0` : text;
  const halves = hex.split('::');
  if (halves.length > 2) return false;
  if (halves.length === 1) return hexGroups(hex).length === 8 && allHex(hexGroups(hex));
  const [before, after] = halves.map(hexGroups) as [string[], string[]];
  const count = before.length + after.length;
  return count >= 1 && count <= 7 && allHex(before) && allHex(after);
}

const withPort = (port: string | undefined): string => (port ? `${ADDRESS}:${port}` : ADDRESS);

export function redactAddresses(line: string): string {
  return line
    .replace(MAC_PATTERN, MAC)
    .replace(IPV6_CANDIDATE, (match: string, open: string | undefined, address: string, _zone: string | undefined, close: string | undefined, port: string | undefined) => {
      if (open && close && isIpv6(address)) return withPort(port);
      // Unbracketed: no port, and a scan error's "address: message" colon may have been taken as part of it.
      const bare = !isIpv6(address) && /[^:]:$/.test(address) ? address.slice(0, -1) : address;
      if (!isIpv6(bare)) return match;
      return `${open ?? ''}${ADDRESS}${match.slice((open?.length ?? 0) + bare.length).replace(/^%[\w.-]+/, '')}`;
    })
    .replace(IPV4_PATTERN, ADDRESS)
    .replace(URL_HOST, (match: string, prefix: string, host: string) => (host === ADDRESS ? match : `${prefix}${ADDRESS}`))
    .replace(HOST_PORT, (match: string, host: string, port: string) => {
      const labels = host.split('.');
      const last = (labels.at(-1) ?? '').toLowerCase();
      if (labels.length > 1 && FILE_EXTENSIONS.has(last)) return match;
      if (labels.length === 1 && !/[\d-]/.test(host) && host.toLowerCase() !== 'localhost') return match;
      return withPort(port);
    })
    .replace(LOCAL_NAME, ADDRESS);
}
