import { describe, expect, it, vi } from 'vitest';
import { CANCEL_CHANNEL, PROGRESS_CHANNEL, channelFor } from '../../../shared/api/channels';
import { callNames } from '../../../shared/api/contract';
import { createDispatcher } from '../../../shared/api/dispatcher';
import { registerIpc, type IpcEventLike, type IpcMainLike } from '../../../electron/main/ipc';
import { buildBridge, type IpcRendererLike } from '../../../electron/preload/build-bridge';
import { MAX_CALLS_IN_FLIGHT, MAX_LONG_CALLS_IN_FLIGHT } from '../../../shared/api/in-flight';
import { emptyScan, stubHandlers } from '../../support/stub-handlers';

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;

/** Stand-in for ipcMain that records every registration. */
function recorder() {
  const handled = new Map<string, Listener>();
  const on = new Map<string, Listener>();
  const ipc: IpcMainLike = { handle: (channel, listener) => void handled.set(channel, listener), on: (channel, listener) => void on.set(channel, listener) };
  return { ipc, handled, on };
}

const event = (url = 'app://rigshift/index.html') => {
  const sent: unknown[][] = [];
  return { event: { senderFrame: { url }, sender: { send: (...args: unknown[]) => void sent.push(args) } } as IpcEventLike, sent };
};

const trusted = (e: IpcEventLike) => e.senderFrame?.url.startsWith('app://rigshift/') ?? false;

describe('IPC registration', () => {
  it('handles exactly the contract calls, derived from the one list', () => {
    const { ipc, handled, on } = recorder();
    registerIpc(ipc, createDispatcher(stubHandlers()), trusted);
    expect([...handled.keys()].sort()).toEqual(callNames.map(channelFor).sort());
    expect([...on.keys()]).toEqual([CANCEL_CHANNEL]);
  });

  it('rejects invalid arguments, bad call ids and untrusted senders', async () => {
    const { ipc, handled } = recorder();
    registerIpc(ipc, createDispatcher(stubHandlers()), trusted);
    const scan = handled.get(channelFor('scanLocal'));
    expect(scan).toBeDefined();
    expect(await scan?.(event().event, 'call-12345678', { timeoutMs: -5 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await scan?.(event().event, 'x', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await scan?.(event('https://evil.example/').event, 'call-12345678', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handled.get(channelFor('updateInventory'))?.(event().event, 'call-12345678', { op: 'addItem', kind: 'gpu', catalogueId: 'a', count: 1e9 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('answers valid calls and streams progress to the caller only', async () => {
    const { ipc, handled } = recorder();
    registerIpc(ipc, createDispatcher(stubHandlers()), trusted);
    const { event: e, sent } = event();
    const reply = await handled.get(channelFor('scanLocal'))?.(e, 'call-abcdef12', {});
    expect(reply).toMatchObject({ ok: true, data: { devices: [] } });
    expect(sent).toEqual([[PROGRESS_CHANNEL, 'call-abcdef12', { step: 'start', done: 0, total: 1, message: 'starting' }]]);
  });

  it('cancels an in-flight call through the cancel channel', async () => {
    const { ipc, handled, on } = recorder();
    let release: () => void = () => undefined;
    const handlers = {
      ...stubHandlers(),
      scanLocal: (_input: unknown, ctx: { signal: { aborted: boolean; addEventListener: (t: 'abort', l: () => void) => void } }) =>
        new Promise((_resolve, reject) => {
          release = () => reject(new Error('stopped'));
          ctx.signal.addEventListener('abort', () => release());
        }),
    };
    registerIpc(ipc, createDispatcher(handlers as never), trusted);
    const pending = handled.get(channelFor('scanLocal'))?.(event().event, 'call-cancel01', {});
    on.get(CANCEL_CHANNEL)?.(event().event, 'call-cancel01');
    expect(await pending).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('refuses calls over the shared in-flight limits with busy, and a duplicate call id as invalid input', async () => {
    const { ipc, handled } = recorder();
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let running = 0;
    let most = 0;
    const hold = async () => {
      running += 1;
      most = Math.max(most, running);
      await gate;
      running -= 1;
      return emptyScan();
    };
    registerIpc(ipc, createDispatcher({ ...stubHandlers(), scanLocal: hold }), trusted);
    const scan = handled.get(channelFor('scanLocal'));
    const calls = Array.from({ length: MAX_LONG_CALLS_IN_FLIGHT + 3 }, (_, i) => scan?.(event().event, `call-long-${i}0000`, {}));
    const refused = await Promise.all(calls.slice(MAX_LONG_CALLS_IN_FLIGHT));
    for (const reply of refused) expect(reply).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(await scan?.(event().event, 'call-long-00000', {})).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Duplicate call id' } });
    // A cheap call is not held behind the long ones.
    expect(await handled.get(channelFor('getAppInfo'))?.(event().event, 'call-cheap-0001', {})).toMatchObject({ ok: true });
    open();
    for (const reply of await Promise.all(calls.slice(0, MAX_LONG_CALLS_IN_FLIGHT))) expect(reply).toMatchObject({ ok: true });
    expect(most).toBe(MAX_LONG_CALLS_IN_FLIGHT);
    expect(MAX_LONG_CALLS_IN_FLIGHT).toBeLessThan(MAX_CALLS_IN_FLIGHT);
  });
});

describe('preload bridge', () => {
  it('exposes one function per contract call, each invoking its own channel', async () => {
    const ipc: IpcRendererLike = { invoke: vi.fn(async () => ({ ok: true, data: null })), send: vi.fn(), on: vi.fn(), removeListener: vi.fn() };
    const bridge = buildBridge(ipc);
    expect(Object.keys(bridge.calls).sort()).toEqual([...callNames].sort());
    await bridge.calls.getAppInfo('call-1234abcd', {});
    expect(ipc.invoke).toHaveBeenCalledWith('rig:getAppInfo', 'call-1234abcd', {});
    bridge.cancel('call-1234abcd');
    expect(ipc.send).toHaveBeenCalledWith(CANCEL_CHANNEL, 'call-1234abcd');
  });

  it('strips the Electron event from progress and unsubscribes', () => {
    const listeners: Array<(event: unknown, ...args: unknown[]) => void> = [];
    const ipc: IpcRendererLike = {
      invoke: vi.fn(),
      send: vi.fn(),
      on: (_c, l) => listeners.push(l),
      removeListener: (_c, l) => listeners.splice(listeners.indexOf(l), 1),
    };
    const seen: unknown[] = [];
    const off = buildBridge(ipc).onProgress((id, p) => seen.push([id, p]));
    listeners[0]?.({ sender: 'electron internals' }, 'call-1', { step: 'done' });
    expect(seen).toEqual([['call-1', { step: 'done' }]]);
    off();
    expect(listeners).toHaveLength(0);
  });
});
