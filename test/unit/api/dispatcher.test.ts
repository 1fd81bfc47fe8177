import { describe, expect, it, vi } from 'vitest';
import { createClient, type Transport } from '../../../shared/api/client';
import { callNames } from '../../../shared/api/contract';
import { createDispatcher, type Handlers } from '../../../shared/api/dispatcher';
import { RigError } from '../../../shared/api/envelope';
import { emptyScan, stubHandlers } from '../../support/stub-handlers';

describe('dispatcher', () => {
  it('rejects unknown calls and invalid input with error envelopes', async () => {
    const dispatch = createDispatcher(stubHandlers());
    expect(await dispatch('deleteEverything', {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    expect(await dispatch('scanLocal', { timeoutMs: 'soon' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch('scanLocal', { timeoutMs: 10 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch('updateInventory', { op: 'addItem', kind: 'gpu', catalogueId: 'x', count: 1, extra: true })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch('updateInventory', { op: 'removeItem', id: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch('importRigReport', { fileName: 'big.json', text: 'x'.repeat(2 * 1024 * 1024) })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('validates handler output against the contract', async () => {
    const handlers = { ...stubHandlers(), getAppInfo: async () => ({ name: 'RigShift' }) } as unknown as Handlers;
    expect(await createDispatcher(handlers)('getAppInfo', {})).toMatchObject({ ok: false, error: { code: 'invalid_output' } });
  });

  it('turns thrown errors into envelopes, keeping RigError codes', async () => {
    const handlers = {
      ...stubHandlers(),
      getAppInfo: async () => {
        throw new RigError('forbidden', 'nope');
      },
      getInventory: async () => {
        throw new Error('disk on fire');
      },
    } as Handlers;
    const dispatch = createDispatcher(handlers);
    expect(await dispatch('getAppInfo', {})).toEqual({ ok: false, error: { code: 'forbidden', message: 'nope' } });
    expect(await dispatch('getInventory', {})).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('disk on fire') } });
  });

  it('forwards only progress events that match the call schema', async () => {
    const handlers: Handlers = {
      ...stubHandlers(),
      scanLocal: async (_input, ctx) => {
        ctx.progress({ step: 'system', done: 1, total: 4, message: 'ok' });
        ctx.progress({ step: 'bogus', done: -1 } as never);
        return emptyScan();
      },
    };
    const onProgress = vi.fn();
    const reply = await createDispatcher(handlers)('scanLocal', {}, { onProgress });
    expect(reply.ok).toBe(true);
    expect(onProgress).toHaveBeenCalledTimes(1);
    expect(onProgress).toHaveBeenCalledWith({ step: 'system', done: 1, total: 4, message: 'ok' });
  });

  it('reports a cancelled call as cancelled', async () => {
    const controller = new AbortController();
    const handlers: Handlers = {
      ...stubHandlers(),
      scanLocal: async () => {
        controller.abort();
        return emptyScan();
      },
    };
    expect(await createDispatcher(handlers)('scanLocal', {}, { signal: controller.signal })).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });
});

describe('client', () => {
  it('has exactly one method per contract call and throws RigError on error envelopes', async () => {
    const state = { inventory: { sites: [{ id: 'site-home', name: 'Home', electricityPerKwh: null, currency: null }], rigs: [], items: [], scans: {} }, canUndo: false };
    const transport: Transport = { call: async (name) => (name === 'getAppInfo' ? { ok: false, error: { code: 'forbidden', message: 'bad token' } } : { ok: true, data: state }) };
    const client = createClient(transport);
    expect(Object.keys(client).sort()).toEqual([...callNames].sort());
    await expect(client.getAppInfo({})).rejects.toMatchObject({ name: 'RigError', code: 'forbidden' });
    expect(await client.getInventory({})).toEqual(state);
  });

  it('refuses replies that break the contract', async () => {
    const client = createClient({ call: async () => ({ ok: true, data: { inventory: { sites: [], rigs: [], items: [{ id: 'not-an-item' }], scans: {} }, canUndo: false } }) });
    await expect(client.getInventory({})).rejects.toMatchObject({ code: 'invalid_output' });
  });
});
