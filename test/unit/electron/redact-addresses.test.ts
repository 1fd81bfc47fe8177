import { describe, expect, it } from 'vitest';
import { redactAddresses } from '../../../electron/services/diagnostics/redact-addresses';

describe('address redaction (diagnostics report)', () => {
  it.each([
    ['192.168.1.5: connect ECONNREFUSED 192.168.1.5:4028', '[address]: connect ECONNREFUSED [address]:4028'],
    ['10.0.0.7: read ETIMEDOUT after 3000 ms', '[address]: read ETIMEDOUT after 3000 ms'],
    ['"10.0.0.0/8" is a reserved or multicast range', '"[address]/8" is a reserved or multicast range'],
    ['2001:db8::5: connect ECONNREFUSED [2001:db8::5]:4028', '[address]: connect ECONNREFUSED [address]:4028'],
    ['fe80::1%eth0: no route; ::1 and [::1]', '[address]: no route; [address] and [address]'],
    ['mapped ::ffff:192.168.0.9; full 2001:0db8:0000:0000:0000:ff00:0042:8329.', 'mapped [address]; full [address].'],
    ['antminer-s19.local:80 said 401; miner07:4028 closed', '[address]:80 said 401; [address]:4028 closed'],
    ['http://whatsminer.lan/cgi-bin/x failed; pool stratum+tcp://pool.example:3333 down', 'http://[address]/cgi-bin/x failed; pool stratum+tcp://[address]:3333 down'],
    ['avalon.home answered nothing', '[address] answered nothing'],
    ['MAC 00:1A:2B:3C:4D:5E, 00-1a-2b-3c-4d-5e, 001a.2b3c.4d5e', 'MAC [mac], [mac], [mac]'],
  ])('%s', (line, expected) => {
    expect(redactAddresses(line)).toBe(expected);
  });

  it('leaves what only looks like an address: times, versions, stack positions, C++ scopes', () => {
    const line = '2026-12-06T00:00:01.000Z ERROR scanLocal: boom at Object.run (/x/report.ts:42:7) node 20.20.2 chrome 140.0.7339.133 v1.2.3.4 12:34:56 1.2.3.4.5 std::vector host:port';
    expect(redactAddresses(line)).toBe(line);
  });
});
