import type { CallOptions, Transport } from '../../../shared/api/client';
import { EnvelopeSchema, failure, type Envelope } from '../../../shared/api/envelope';
import type { RigBridge } from '../../../shared/api/bridge';

const newCallId = (): string => crypto.randomUUID();

/** Electron: the preload's `window.rig` bridge. Progress arrives on one channel, tagged with the call id. */
export function ipcTransport(bridge: RigBridge): Transport {
  return {
    async call(name, input, options: CallOptions<unknown>): Promise<Envelope> {
      const callId = newCallId();
      const unsubscribe = bridge.onProgress((id, progress) => {
        if (id === callId) options.onProgress?.(progress);
      });
      const onAbort = (): void => bridge.cancel(callId);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const reply = EnvelopeSchema.safeParse(await bridge.calls[name](callId, input));
        return reply.success ? (reply.data as Envelope) : failure('transport', 'Malformed reply from the shell');
      } catch (error) {
        return failure('transport', String(error));
      } finally {
        unsubscribe();
        options.signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}
