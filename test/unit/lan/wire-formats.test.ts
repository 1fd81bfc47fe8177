import { describe, expect, it } from 'vitest';
import { parseCgminerText } from '../../../shared/lan/cgminer-text';
import { parseHttpResponse } from '../../../shared/lan/http-response';
import { parseMinerJson } from '../../../shared/lan/json-repair';
import { httpRequest, NotAllowedError, rpcRequest, v3Request } from '../../../shared/lan/read-commands';

describe('miner JSON repair (asic-protocols.md §2.5, §6)', () => {
  it.each([
    ['trailing NUL', '{"a":1}\u0000', { a: 1 }],
    ['}{ between STATS objects', '{"STATS":[{"a":1}{"b":2}]}', { STATS: [{ a: 1 }, { b: 2 }] }],
    ['[,{', '{"x":[,{"a":1}]}', { x: [{ a: 1 }] }],
    ['trailing comma', '{"a":1,}', { a: 1 }],
    ['raw newline in a string', '{"Type":"Antminer S9\nV1.3.58"}', { Type: 'Antminer S9\nV1.3.58' }],
    ['missing comma ""temp0', '{"a":"1""temp0":2}', { a: '1', temp0: 2 }],
    ['inf and nan', '{"a":inf,"b":"nan"}', { a: 0, b: 0 }],
    ['Avalon leading comma', ',"id":1}', { id: 1 }],
  ])('repairs %s', (_label, raw, expected) => {
    expect(parseMinerJson(raw)).toEqual(expected);
  });

  it('gives up on hopeless input instead of throwing', () => {
    for (const raw of ['', 'SSH-2.0-OpenSSH', '<html>', '{{{{', '\u0000\u0001', 'Socket connect failed: Connection refused\n']) expect(parseMinerJson(raw)).toBeNull();
  });
});

describe('other wire formats', () => {
  it('reads the cgminer text API', () => {
    expect(parseCgminerText('STATUS=S,When=1,Code=22,Msg=x,Description=TeamRedMiner 0.10.7|VERSION,Miner=TeamRedMiner 0.10.7,API=4.0|')).toEqual({
      STATUS: [{ STATUS: 'S', When: '1', Code: '22', Msg: 'x', Description: 'TeamRedMiner 0.10.7' }],
      VERSION: [{ Miner: 'TeamRedMiner 0.10.7', API: '4.0' }],
    });
    expect(parseCgminerText('{"json":true}')).toBeNull();
  });

  it('parses raw HTTP replies and refuses non-HTTP', () => {
    const reply = parseHttpResponse('HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest realm="antMiner Configuration"\r\n\r\n<html></html>');
    expect(reply).toMatchObject({ status: 401, headers: { 'www-authenticate': 'Digest realm="antMiner Configuration"' }, body: '<html></html>' });
    expect(parseHttpResponse('SSH-2.0-OpenSSH')).toBeNull();
  });
});

describe('read-only allowlist', () => {
  it('builds only read requests', () => {
    expect(rpcRequest('summary')).toBe('{"command":"summary"}');
    expect(v3Request('get.miner.status', 'summary')).toBe('{"cmd":"get.miner.status","param":"summary"}');
    expect(httpRequest('/', '192.168.1.9')).toMatch(/^GET \/ HTTP\/1\.0\r\n/);
  });

  it.each(['restart', 'quit', 'switchpool', 'addpool', 'ascset', 'pgaset', 'setconfig', 'update_pools', 'reboot', 'summary+pools'])('refuses "%s"', (command) => {
    expect(() => rpcRequest(command as never)).toThrow(NotAllowedError);
  });

  it('refuses write commands and paths on the other protocols', () => {
    expect(() => v3Request('set.miner.pools' as never)).toThrow(NotAllowedError);
    expect(() => httpRequest('/cgi-bin/reboot.cgi' as never, '10.0.0.1')).toThrow(NotAllowedError);
    expect(() => httpRequest('/', 'evil.example\r\nX: y')).toThrow(NotAllowedError);
  });
});
