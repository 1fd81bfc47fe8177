import type { z } from 'zod';
import type { AbortSignalLike } from '../../../shared/api/abort';

/** Replies of the local Ollama are small JSON documents; larger ones are refused. */
export const MAX_OLLAMA_REPLY_BYTES = 1024 * 1024;

/** One request to the local Ollama (a loopback URL from ollamaBaseUrl), its reply read bounded and checked against `schema`. */
export async function ollamaJson<S extends z.ZodType>(url: string, schema: S, options: { body?: unknown; timeoutMs: number; signal?: AbortSignalLike }): Promise<z.output<S>> {
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  const timer = setTimeout(abort, options.timeoutMs);
  options.signal?.addEventListener('abort', abort, { once: true });
  if (options.signal?.aborted) abort();
  try {
    const response = await fetch(url, {
      method: options.body === undefined ? 'GET' : 'POST',
      headers: options.body === undefined ? {} : { 'content-type': 'application/json' },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: controller.signal,
      redirect: 'error',
    });
    if (!response.ok || !response.body) throw new Error(`Ollama answered HTTP ${response.status}`);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      if (total > MAX_OLLAMA_REPLY_BYTES) throw new Error('Ollama sent a reply larger than 1 MiB');
      chunks.push(chunk);
    }
    const parsed = schema.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    if (!parsed.success) throw new Error('Ollama sent a reply RigShift does not understand');
    return parsed.data;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
  }
}
