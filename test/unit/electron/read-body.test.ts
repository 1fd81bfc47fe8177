import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readBody } from '../../../electron/serve/read-body';

/** A body that never ends, counting the bytes anyone pulled from it. */
function endless(chunkBytes: number): { stream: Readable; pulled: () => number } {
  let pulled = 0;
  const chunk = Buffer.alloc(chunkBytes, 0x20);
  const stream = new Readable({
    read() {
      pulled += chunk.length;
      this.push(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

describe('readBody', () => {
  it('returns a body up to the cap', async () => {
    expect(await readBody(Readable.from([Buffer.from('{"a":'), Buffer.from('1}')]), 7, 28)).toEqual({ ok: true, text: '{"a":1}' });
    expect(await readBody(Readable.from([]), 7, 28)).toEqual({ ok: true, text: '' });
  });

  it('refuses a body a little over the cap after reading it to its end (the client still gets its 413)', async () => {
    expect(await readBody(Readable.from([Buffer.alloc(6), Buffer.alloc(6)]), 8, 32)).toEqual({ ok: false, bytesRead: 12 });
  });

  it('stops reading an endless body once the drain bound is passed, and destroys the stream', async () => {
    const body = endless(16 * 1024);
    const result = await readBody(body.stream, 64 * 1024, 256 * 1024);
    expect(result).toMatchObject({ ok: false });
    expect(result.ok ? 0 : result.bytesRead).toBeLessThanOrEqual(256 * 1024 + 16 * 1024);
    expect(body.stream.destroyed).toBe(true);
    // What the stream produced beyond what was read is only its own read-ahead buffer.
    expect(body.pulled()).toBeLessThanOrEqual(256 * 1024 + 16 * 1024 + body.stream.readableHighWaterMark + 16 * 1024);
  });
});
