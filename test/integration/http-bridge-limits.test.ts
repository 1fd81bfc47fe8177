import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../shared/api/client';
import { createDispatcher, type Handlers } from '../../shared/api/dispatcher';
import { EnvelopeSchema, RigError } from '../../shared/api/envelope';
import { MAX_CALLS_IN_FLIGHT, MAX_LONG_CALLS_IN_FLIGHT } from '../../shared/api/in-flight';
import { startServer, type RunningServer } from '../../electron/serve/start-server';
import { httpTransport } from '../../renderer/src/api/http-transport';
import { emptyScan, stubHandlers } from '../support/stub-handlers';

const TOKEN = 'test-token-limits';

/** Handlers that hold every call of one name until the test opens the gate, counting how many run at once. */
function gated() {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const count = { running: 0, most: 0, started: 0 };
  const hold = async <T>(value: T): Promise<T> => {
    count.running += 1;
    count.started += 1;
    count.most = Math.max(count.most, count.running);
    await gate;
    count.running -= 1;
    return value;
  };
  return { open: () => open(), count, hold };
}

let long = gated();
let cheap = gated();
let server: RunningServer;
beforeAll(async () => {
  const base = stubHandlers();
  const handlers: Handlers = {
    ...base,
    // A long call (it streams progress, like a /22 LAN scan) and a cheap one, both held until the test says so.
    scanLocal: (_input, ctx) => {
      ctx.progress({ step: 'start', done: 0, total: 1, message: 'starting' });
      return long.hold(emptyScan());
    },
    getMarket: (input, ctx) => base.getMarket(input, ctx).then((market) => cheap.hold(market)),
  };
  server = await startServer({ dispatch: createDispatcher(handlers), staticDir: null, token: TOKEN });
});
afterAll(() => server.close());

interface Reply {
  status: number;
  body: string;
}

function post(name: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers = { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', 'x-rigshift-token': TOKEN };
    const req = request({ host: '127.0.0.1', port: server.port, path: `/api/${name}`, method: 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end('{}');
  });
}

/** Fires `n` calls and resolves once `refused` of them have been answered (a bounded number of polls). */
async function fire(name: string, n: number, refused: number) {
  const replies: Reply[] = [];
  const all = Array.from({ length: n }, () => post(name).then((reply) => void replies.push(reply)));
  for (let i = 0; i < 500 && replies.length < refused; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return { replies, all: Promise.all(all) };
}

const lastFrame = (body: string) => EnvelopeSchema.parse(JSON.parse(body.trim().split('\n').at(-1) ?? '{}'));

describe('serve mode caps calls in flight like IPC, refusing at once (429, code busy) instead of queueing', () => {
  it(`30 long calls: ${MAX_LONG_CALLS_IN_FLIGHT} run, the rest are refused at once, and a cheap call still answers`, async () => {
    long = gated();
    const { replies, all } = await fire('scanLocal', 30, 30 - MAX_LONG_CALLS_IN_FLIGHT);
    expect(replies).toHaveLength(30 - MAX_LONG_CALLS_IN_FLIGHT);
    for (const reply of replies) {
      expect(reply.status).toBe(429);
      expect(lastFrame(reply.body)).toMatchObject({ ok: false, error: { code: 'busy', message: expect.stringMatching(/RigShift is busy/) } });
    }
    expect(long.count.running).toBe(MAX_LONG_CALLS_IN_FLIGHT);

    // The renderer's own client, over the same transport: a cheap call answers while the long ones run; one more
    // long call is refused with a code the interface words.
    const client = createClient(httpTransport(TOKEN, server.url.replace(/\/$/, '')));
    await expect(client.getAppInfo({})).resolves.toMatchObject({ name: 'RigShift' });
    const refused = await client.scanLocal({}).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RigError);
    expect(refused).toMatchObject({ code: 'busy' });

    long.open();
    await all;
    const done = replies.filter((r) => r.status === 200);
    expect(done).toHaveLength(MAX_LONG_CALLS_IN_FLIGHT);
    for (const reply of done) expect(lastFrame(reply.body)).toMatchObject({ ok: true });
    expect(long.count.most).toBe(MAX_LONG_CALLS_IN_FLIGHT);
    expect(long.count.started).toBe(MAX_LONG_CALLS_IN_FLIGHT);
  });

  it(`${MAX_CALLS_IN_FLIGHT + 8} calls of any kind: ${MAX_CALLS_IN_FLIGHT} run, 8 are refused, and the slots come back`, async () => {
    cheap = gated();
    const { replies, all } = await fire('getMarket', MAX_CALLS_IN_FLIGHT + 8, 8);
    expect(replies.map((r) => r.status)).toEqual(Array(8).fill(429));
    expect(cheap.count.running).toBe(MAX_CALLS_IN_FLIGHT);
    expect((await post('getAppInfo')).status).toBe(429);
    cheap.open();
    await all;
    expect(replies.filter((r) => r.status === 200)).toHaveLength(MAX_CALLS_IN_FLIGHT);
    expect(cheap.count.most).toBe(MAX_CALLS_IN_FLIGHT);
    // Every slot was given back: calls run again.
    expect((await post('getAppInfo')).status).toBe(200);
    expect(lastFrame((await post('scanLocal')).body)).toMatchObject({ ok: true });
  });
});
