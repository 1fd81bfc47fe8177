import type { SimHost } from './simulator';

/** Peers that misbehave on the miner port: none may crash, hang or slow the scan beyond its deadlines. */
export function hostileHosts(prefix = '127.10.0'): SimHost[] {
  const host = (n: number, label: string, behaviour: SimHost['services'][number]['behaviour'], port = 4028): SimHost => ({ ip: `${prefix}.${n}`, label, services: [{ port, behaviour }] });
  return [
    host(11, 'garbage without terminator', { type: 'garbage' }),
    host(12, '5 MB reply', { type: 'huge', bytes: 5 * 1024 * 1024 }),
    host(13, 'silent tarpit', { type: 'tarpit' }),
    host(14, 'slow drip', { type: 'drip', intervalMs: 200 }),
    host(15, 'invalid JSON', { type: 'invalid-json' }),
    host(16, 'immediate reset', { type: 'reset' }),
    host(17, 'SSH banner on 4028', { type: 'banner', text: 'SSH-2.0-OpenSSH_8.4p1 Debian-5+deb11u3\r\n' }),
    host(18, 'HTTP server on 4028', { type: 'http', routes: { '/': { status: 400, body: '<html><script>alert(1)</script></html>' } } }),
    host(19, 'tarpit web server', { type: 'tarpit' }, 80),
    host(20, 'huge web page', { type: 'huge', bytes: 5 * 1024 * 1024 }, 80),
  ];
}
