import type { AbortSignalLike } from '../../../shared/api/abort';

/** A public API's reply is small JSON: anything bigger is refused before it is parsed. */
export const MAX_REPLY_BYTES = 512 * 1024;
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Why a source could not be read, as a code the interface words (the message stays English, for logs and the CLI). */
export type FetchCode = 'timeout' | 'cancelled' | 'http' | 'not-json' | 'too-large' | 'unreachable';

export class FetchProblem extends Error {
  constructor(
    readonly code: FetchCode,
    message: string,
  ) {
    super(message);
  }
}

/** GET one URL as JSON, bounded in time and size; every failure is a FetchProblem with a plain message. */
export async function fetchJson(url: string, options: { timeoutMs?: number; signal?: AbortSignalLike } = {}): Promise<unknown> {
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timer = setTimeout(() => controller.abort(new FetchProblem('timeout', `no answer within ${timeoutMs / 1000} s`)), timeoutMs);
  const cancel = (): void => controller.abort(new FetchProblem('cancelled', 'cancelled'));
  options.signal?.addEventListener('abort', cancel, { once: true });
  try {
    const response = await fetch(url, { signal: controller.signal, redirect: 'error', headers: { accept: 'application/json' } });
    if (!response.ok) throw new FetchProblem('http', `HTTP ${response.status}`);
    const text = await readBounded(response);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new FetchProblem('not-json', 'the reply is not JSON');
    }
  } catch (error) {
    const reason: unknown = controller.signal.aborted ? controller.signal.reason : error;
    if (reason instanceof FetchProblem) throw reason;
    throw new FetchProblem('unreachable', reason instanceof Error ? (reason.cause instanceof Error ? reason.cause.message : reason.message) : String(reason));
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

async function readBounded(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_REPLY_BYTES) throw new FetchProblem('too-large', `the reply is too large (${declared} bytes)`);
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_REPLY_BYTES) {
      await reader.cancel();
      throw new FetchProblem('too-large', `the reply is too large (over ${MAX_REPLY_BYTES} bytes)`);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
