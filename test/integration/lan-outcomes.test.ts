import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLan } from '../../electron/cli/format-lan';
import { exchange } from '../../electron/services/lan/exchange';
import { scanTimings } from '../../electron/services/lan/lan-handlers';
import { scanNetwork } from '../../electron/services/lan/scan-network';
import { FAMILIES } from '../../shared/lan/families';
import { BANNER_MAX_BYTES } from '../../shared/lan/heard';
import { LanScanResultSchema, type LanScanResult } from '../../shared/lan/lan-device';
import { planTargets } from '../../shared/lan/targets';
import { fixtureHost } from '../simulator/fixture-hosts';
import { startSimulator, type Simulator } from '../simulator/simulator';

/**
 * Every scanned address ends as exactly one outcome. 127.32.0.10–20 on the simulator: a miner; four hosts that
 * answer but are no miner (a tarpit, an SSH banner, a web server, a 5 MB stream on 80); six addresses where no port
 * accepts (silent). The product's timings (scanTimings), read deadline included.
 */
const HTTP_ROUTES = { '/': { status: 200, headers: { Server: 'nginx/1.22.1' }, body: '<html><title>NAS</title></html>' } };
let sim: Simulator;
let result: LanScanResult;
beforeAll(async () => {
  sim = await startSimulator([
    fixtureHost('127.32.0.10', 'antminer-s9'),
    { ip: '127.32.0.11', label: 'tarpit', services: [{ port: 4028, behaviour: { type: 'tarpit' } }] },
    { ip: '127.32.0.12', label: 'ssh on 4028', services: [{ port: 4028, behaviour: { type: 'banner', text: 'SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n' } }] },
    { ip: '127.32.0.13', label: 'web server', services: [{ port: 80, behaviour: { type: 'http', routes: HTTP_ROUTES } }] },
    { ip: '127.32.0.14', label: '5 MB stream', services: [{ port: 80, behaviour: { type: 'huge', bytes: 5 * 1024 * 1024 } }] },
  ]);
  result = await scanNetwork(planTargets(['127.32.0.10-127.32.0.20']), { families: FAMILIES, ...scanTimings(500) });
}, 60_000);
afterAll(() => sim.close());

describe('LAN scan: three outcomes per address', () => {
  it('counts every address once: 1 identified, 4 answering, 6 silent, and the result passes its schema', () => {
    expect(result.stats.outcomes).toEqual({ identified: 1, answering: 4, silent: 6 });
    expect(result.devices.map((d) => d.ip)).toEqual(['127.32.0.10']);
    expect(LanScanResultSchema.safeParse(result).success).toBe(true);
  });

  it('lists each answering host with the ports that accepted and what they said', () => {
    const byIp = new Map((result.unidentified ?? []).map((u) => [u.ip, u.ports]));
    expect([...byIp.keys()]).toEqual(['127.32.0.11', '127.32.0.12', '127.32.0.13', '127.32.0.14']);
    expect(byIp.get('127.32.0.11')).toEqual([{ port: 4028, banner: '', bytes: 0, http: null }]);
    expect(byIp.get('127.32.0.12')?.[0]).toMatchObject({ port: 4028, banner: 'SSH-2.0-OpenSSH_9.2p1 Debian-2\\r\\n', http: null });
    expect(byIp.get('127.32.0.13')?.[0]).toMatchObject({ port: 80, http: { status: 'HTTP/1.1 200 OK', server: 'nginx/1.22.1' } });
    const flood = byIp.get('127.32.0.14')?.[0];
    expect(flood).toMatchObject({ port: 80, bytes: BANNER_MAX_BYTES, banner: 'x'.repeat(BANNER_MAX_BYTES) });
  });

  it('prints the three groups with counts, the silent ones as a count only', () => {
    const text = formatLan(result);
    expect(text).toContain('identified 1 · answering, not identified 4 · silent 6');
    expect(text).toContain('Answering, not identified (4)');
    expect(text).toContain('    4028: accepted, said nothing');
    expect(text).toContain('    80: HTTP/1.1 200 OK · Server: nginx/1.22.1');
    expect(text).toContain('Silent (no port accepted): 6 addresses');
    expect(text).not.toContain('127.32.0.15');
  });

  it('reads no more than the bound from a host that streams megabytes, and closes every connection', async () => {
    const read = await exchange('127.32.0.14', 80, 'GET / HTTP/1.0\r\n\r\n', { connectTimeoutMs: 500, deadlineMs: 2000, maxBytes: BANNER_MAX_BYTES });
    expect(read).toMatchObject({ connect: 'open', truncated: true });
    expect(read.data.length).toBe(BANNER_MAX_BYTES);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sim.openSockets()).toBe(0);
  });
});
