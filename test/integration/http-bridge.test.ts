import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callNames } from '../../shared/api/contract';
import { createDispatcher } from '../../shared/api/dispatcher';
import { startServer, type RunningServer } from '../../electron/serve/start-server';
import { stubHandlers } from '../support/stub-handlers';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ dispatch: createDispatcher(stubHandlers()), staticDir: null, token: 'test-token-123' });
});
afterAll(() => server.close());

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** Raw HTTP (not fetch) so the test controls Host and Origin exactly as an attacker's page or a rebinding DNS would. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: options.method ?? 'POST', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const ok = (extra: Record<string, string> = {}) => ({ host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', 'x-rigshift-token': 'test-token-123', ...extra });
const lastFrame = (body: string) => JSON.parse(body.trim().split('\n').at(-1) ?? '{}');

describe('serve-mode HTTP bridge (real server on 127.0.0.1)', () => {
  it('binds loopback on a free port and prints the token only in the URL fragment', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.openUrl).toBe(`${server.url}#token=test-token-123`);
  });

  it.each(callNames)('exposes %s from the contract', async (name) => {
    const reply = await send(`/api/${name}`, { headers: ok(), body: '{}' });
    expect(reply.status).toBe(200);
    const frame = lastFrame(reply.body);
    // Every call exists; those that need arguments answer invalid_input, never unknown_call.
    expect(frame.ok === true || frame.error?.code === 'invalid_input').toBe(true);
  });

  it('exposes nothing beyond the contract', async () => {
    expect((await send('/api/shutdown', { headers: ok(), body: '{}' })).status).toBe(404);
    expect((await send('/api/__proto__', { headers: ok(), body: '{}' })).status).toBe(404);
    expect((await send('/api/constructor', { headers: ok(), body: '{}' })).status).toBe(404);
  });

  it('streams progress frames before the result', async () => {
    const reply = await send('/api/scanLocal', { headers: ok(), body: '{}' });
    const frames = reply.body.trim().split('\n').map((line) => JSON.parse(line));
    expect(frames[0]).toEqual({ progress: { step: 'start', done: 0, total: 1, message: 'starting' } });
    expect(frames.at(-1)).toMatchObject({ ok: true });
  });

  it('rejects invalid arguments, bad JSON and oversized bodies', async () => {
    expect(lastFrame((await send('/api/scanLocal', { headers: ok(), body: '{"timeoutMs":"x"}' })).body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await send('/api/scanLocal', { headers: ok(), body: '{not json' })).status).toBe(400);
    expect((await send('/api/scanLocal', { headers: ok(), body: JSON.stringify({ pad: 'x'.repeat(3 * 1024 * 1024) }) })).status).toBe(413);
    expect((await send('/api/scanLocal', { headers: ok({ 'content-type': 'text/plain' }), body: '{}' })).status).toBe(415);
    expect((await send('/api/scanLocal', { method: 'GET', headers: ok() })).status).toBe(405);
  });

  it('cuts an endless chunked body off instead of reading it for ever', async () => {
    const outcome = await new Promise<string>((resolve) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/scanLocal', method: 'POST', headers: ok({ 'transfer-encoding': 'chunked' }) }, (res) => {
        res.resume();
        resolve(`status ${res.statusCode ?? 0}`);
      });
      req.on('error', (error: NodeJS.ErrnoException) => resolve(`error ${error.code ?? ''}`));
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = (): void => {
        while (!req.destroyed && req.write(chunk));
        if (!req.destroyed) req.once('drain', pump);
      };
      pump();
    });
    // Either the 413 arrived before the cut, or the cut itself reached the client first.
    expect(outcome).toMatch(/^(status 413|error E[A-Z]+)$/);
  });

  it('requires the token on every API call', async () => {
    expect((await send('/api/getAppInfo', { headers: ok({ 'x-rigshift-token': 'wrong' }), body: '{}' })).status).toBe(401);
    const { 'x-rigshift-token': _omit, ...noToken } = ok();
    expect((await send('/api/getAppInfo', { headers: noToken, body: '{}' })).status).toBe(401);
  });

  it('rejects foreign Host and Origin headers (DNS rebinding, cross-site pages)', async () => {
    expect((await send('/api/getAppInfo', { headers: ok({ host: 'attacker.example:80' }), body: '{}' })).status).toBe(421);
    expect((await send('/', { method: 'GET', headers: { host: 'attacker.example' } })).status).toBe(421);
    expect((await send('/api/getAppInfo', { headers: ok({ origin: 'http://attacker.example' }), body: '{}' })).status).toBe(403);
    expect((await send('/api/getAppInfo', { headers: ok({ origin: `http://127.0.0.1:${server.port}` }), body: '{}' })).status).toBe(200);
  });
});
