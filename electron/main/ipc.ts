import { callNames } from '../../shared/api/contract';
import { CALL_ID_PATTERN, CANCEL_CHANNEL, PROGRESS_CHANNEL, channelFor } from '../../shared/api/channels';
import type { Dispatch } from '../../shared/api/dispatcher';
import { failure } from '../../shared/api/envelope';
import { busyMessage, createInFlightGate } from '../../shared/api/in-flight';

/** The parts of Electron's IpcMainInvokeEvent this module uses (so it is testable without Electron). */
export interface IpcEventLike {
  senderFrame: { url: string } | null;
  sender: { send(channel: string, ...args: unknown[]): void; isDestroyed?(): boolean };
}
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): void;
}

/** Registers one `handle` per contract call, plus the one-way cancel channel. Untrusted senders get `forbidden`. */
export function registerIpc(ipc: IpcMainLike, dispatch: Dispatch, isTrustedSender: (event: IpcEventLike) => boolean): void {
  const inFlight = new Map<string, AbortController>();
  const gate = createInFlightGate();
  for (const name of callNames) {
    ipc.handle(channelFor(name), async (event, callId, input) => {
      if (!isTrustedSender(event)) return failure('forbidden', 'IPC sender is not the RigShift window');
      if (typeof callId !== 'string' || !CALL_ID_PATTERN.test(callId)) return failure('invalid_input', 'Invalid call id');
      if (inFlight.has(callId)) return failure('invalid_input', 'Duplicate call id');
      const release = gate.enter(name);
      if (!release) return failure('busy', busyMessage(name));
      const controller = new AbortController();
      inFlight.set(callId, controller);
      try {
        return await dispatch(name, input, {
          signal: controller.signal,
          onProgress: (progress) => {
            if (!event.sender.isDestroyed?.()) event.sender.send(PROGRESS_CHANNEL, callId, progress);
          },
        });
      } finally {
        inFlight.delete(callId);
        release();
      }
    });
  }
  ipc.on(CANCEL_CHANNEL, (event, callId) => {
    if (!isTrustedSender(event) || typeof callId !== 'string') return;
    inFlight.get(callId)?.abort();
  });
}
