import type { AbortSignalLike } from './abort';
import type { z } from 'zod';
import { callNames, contract, type CallInput, type CallName, type CallOutput, type CallProgress } from './contract';
import { RigError, type Envelope } from './envelope';

export interface CallOptions<P> {
  onProgress?: (event: P) => void;
  signal?: AbortSignalLike;
}

/** What a transport must do: send one call and resolve with its envelope, forwarding progress events. */
export interface Transport {
  call(name: CallName, input: unknown, options: CallOptions<unknown>): Promise<Envelope>;
}

/** The single object the renderer talks to. It cannot tell which transport is underneath. */
export type RigClient = {
  [K in CallName]: (input: CallInput<K>, options?: CallOptions<CallProgress<K>>) => Promise<CallOutput<K>>;
};

export function createClient(transport: Transport): RigClient {
  const entries = callNames.map((name) => {
    const invoke = async (input: unknown, options: CallOptions<unknown> = {}): Promise<unknown> => {
      const envelope = await transport.call(name, input, options);
      if (!envelope.ok) throw new RigError(envelope.error.code, envelope.error.message, envelope.error.problem);
      const parsed = (contract[name].output as z.ZodType).safeParse(envelope.data);
      if (!parsed.success) throw new RigError('invalid_output', `${name}: the shell replied with data that does not match the contract`);
      return parsed.data;
    };
    return [name, invoke] as const;
  });
  return Object.fromEntries(entries) as RigClient;
}
