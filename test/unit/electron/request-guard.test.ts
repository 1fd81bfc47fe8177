import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { checkHostAndOrigin, checkToken } from '../../../electron/serve/request-guard';
import { allowedHostsFor } from '../../../electron/serve/start-server';

const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
const config = { allowedHosts: allowedHostsFor('127.0.0.1', 5123), token: 'secret-token' };

describe('serve request guard', () => {
  it('accepts its own host and origin', () => {
    expect(checkHostAndOrigin(req({ host: '127.0.0.1:5123' }), config).ok).toBe(true);
    expect(checkHostAndOrigin(req({ host: 'localhost:5123', origin: 'http://localhost:5123' }), config).ok).toBe(true);
  });

  it('refuses DNS-rebinding hosts, foreign origins and cross-site fetches', () => {
    expect(checkHostAndOrigin(req({ host: 'evil.example:5123' }), config)).toMatchObject({ ok: false, status: 421 });
    expect(checkHostAndOrigin(req({}), config).ok).toBe(false);
    expect(checkHostAndOrigin(req({ host: '127.0.0.1:5123', origin: 'http://evil.example' }), config)).toMatchObject({ ok: false, status: 403 });
    expect(checkHostAndOrigin(req({ host: '127.0.0.1:5123', origin: 'null' }), config).ok).toBe(false);
    expect(checkHostAndOrigin(req({ host: '127.0.0.1:5123', 'sec-fetch-site': 'cross-site' }), config).ok).toBe(false);
    expect(checkHostAndOrigin(req({ host: '127.0.0.1:9999' }), config).ok).toBe(false);
  });

  it('requires the exact token', () => {
    expect(checkToken(req({ 'x-rigshift-token': 'secret-token' }), 'secret-token').ok).toBe(true);
    expect(checkToken(req({ 'x-rigshift-token': 'secret-tokeN' }), 'secret-token').ok).toBe(false);
    expect(checkToken(req({}), 'secret-token')).toMatchObject({ ok: false, status: 401 });
  });

  it('only lists the bound address for a non-loopback bind', () => {
    expect([...allowedHostsFor('192.168.1.20', 80)]).toEqual(['192.168.1.20:80']);
  });
});
