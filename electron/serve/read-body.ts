import type { Readable } from 'node:stream';

export type BodyResult = { ok: true; text: string } | { ok: false; bytesRead: number };

/**
 * A request body of at most `maxBytes`, counted as the bytes arrive (never buffered past the cap). A body over the cap
 * is read on and dropped up to `drainBytes` in all, so an honest client that sent a little too much still gets its
 * answer (413) rather than a reset connection; past that the stream is destroyed, so an endless body stops being read.
 */
export async function readBody(stream: Readable, maxBytes: number, drainBytes: number): Promise<BodyResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= maxBytes) chunks.push(chunk);
    else if (size > drainBytes) {
      stream.destroy();
      return { ok: false, bytesRead: size };
    }
  }
  return size > maxBytes ? { ok: false, bytesRead: size } : { ok: true, text: Buffer.concat(chunks).toString('utf8') };
}
