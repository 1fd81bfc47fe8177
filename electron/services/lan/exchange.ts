import { Socket } from 'node:net';
import type { AbortSignalLike } from '../../../shared/api/abort';

export type ConnectOutcome = 'open' | 'refused' | 'timeout' | 'unreachable' | 'error' | 'aborted';

export interface ExchangeResult {
  connect: ConnectOutcome;
  data: Buffer;
  /** The reply hit the size cap and was cut. */
  truncated: boolean;
  /** The connection deadline ended the read (tarpit, slow drip, a peer that never closes). */
  timedOut: boolean;
}

export interface ExchangeOptions {
  connectTimeoutMs: number;
  /** Whole-connection deadline, from connect to the last byte. */
  deadlineMs: number;
  maxBytes: number;
  signal?: AbortSignalLike;
  /** Connected but not one byte within this many ms: the peer waits for something else (an HTTP server on 4028). */
  firstByteMs?: number;
  /** True when the bytes so far are a complete reply (the peer may keep the socket open). */
  complete?: (data: Buffer) => boolean;
  /** Called when the connection is accepted. */
  onConnect?: () => void;
  /** Called when the port refuses the connection (a reset: the host is up). */
  onRefused?: () => void;
}

export const DEFAULT_MAX_BYTES = 256 * 1024;

/**
 * One TCP request/reply, bounded in every direction: connect timeout, overall deadline, byte cap, abort.
 * Reads until the peer closes, a NUL or the `complete` test says the reply is whole. The socket is always destroyed.
 */
export function exchange(host: string, port: number, request: string | Buffer, options: ExchangeOptions): Promise<ExchangeResult> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const chunks: Buffer[] = [];
    let size = 0;
    let connected = false;
    let settled = false;
    const finish = (connect: ConnectOutcome, extra: Partial<ExchangeResult> = {}): void => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      clearTimeout(deadline);
      clearTimeout(firstByte);
      options.signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve({ connect, data: Buffer.concat(chunks, size), truncated: false, timedOut: false, ...extra });
    };
    const onAbort = (): void => finish(connected ? 'open' : 'aborted');
    const connectTimer = setTimeout(() => finish('timeout'), options.connectTimeoutMs);
    let firstByte: ReturnType<typeof setTimeout> | undefined;
    const deadline = setTimeout(() => finish(connected ? 'open' : 'timeout', { timedOut: connected }), options.deadlineMs);
    if (options.signal?.aborted) return finish('aborted');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    socket.setNoDelay(true);
    socket.on('connect', () => {
      connected = true;
      clearTimeout(connectTimer);
      options.onConnect?.();
      if (options.firstByteMs !== undefined) firstByte = setTimeout(() => finish('open', { timedOut: true }), options.firstByteMs);
      socket.write(request);
    });
    socket.on('data', (chunk: Buffer) => {
      clearTimeout(firstByte);
      const room = options.maxBytes - size;
      if (chunk.length >= room) {
        chunks.push(chunk.subarray(0, room));
        size += room;
        return finish('open', { truncated: true });
      }
      chunks.push(chunk);
      size += chunk.length;
      if (chunk.includes(0)) return finish('open');
      if (options.complete?.(Buffer.concat(chunks, size))) finish('open');
    });
    socket.on('end', () => finish('open'));
    socket.on('close', () => finish(connected ? 'open' : 'error'));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (connected) return finish('open');
      const code = error.code ?? '';
      if (code === 'ECONNREFUSED') options.onRefused?.();
      finish(code === 'ECONNREFUSED' ? 'refused' : /EHOSTUNREACH|ENETUNREACH|EHOSTDOWN/.test(code) ? 'unreachable' : 'error');
    });
    socket.connect({ host, port });
  });
}
