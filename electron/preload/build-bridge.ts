import type { BridgeCall, RigBridge } from '../../shared/api/bridge';
import { callNames, type CallName } from '../../shared/api/contract';
import { CANCEL_CHANNEL, PROGRESS_CHANNEL, channelFor } from '../../shared/api/channels';

/** The parts of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function buildBridge(ipc: IpcRendererLike): RigBridge {
  const calls = Object.fromEntries(
    callNames.map((name) => [name, (callId: string, input: unknown) => ipc.invoke(channelFor(name), callId, input)]),
  ) as Record<CallName, BridgeCall>;
  return {
    calls,
    cancel: (callId) => ipc.send(CANCEL_CHANNEL, callId),
    onProgress(listener) {
      // Strip the IpcRendererEvent: the renderer never sees Electron objects.
      const wrapped = (_event: unknown, callId: unknown, progress: unknown): void => {
        if (typeof callId === 'string') listener(callId, progress);
      };
      ipc.on(PROGRESS_CHANNEL, wrapped as (event: unknown, ...args: unknown[]) => void);
      return () => ipc.removeListener(PROGRESS_CHANNEL, wrapped as (event: unknown, ...args: unknown[]) => void);
    },
  };
}
