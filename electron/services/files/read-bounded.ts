import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * Reading a file whose size is not trusted: `stat().size` is 0 for /dev/zero, a FIFO or a /proc file and stale for a
 * growing file, so these never read by the size. Each one opens the path once, refuses anything that is not a regular
 * file (device, FIFO, socket, directory) from that open descriptor, then reads at most `maxBytes + 1` bytes in chunks:
 * one byte over the cap is enough to know the file is too large.
 */

export type BoundedReadCode = 'too-large' | 'not-a-file' | 'unreadable';

/** Why a file was not read; the message has no path (the caller names the file its own way). */
export class BoundedReadError extends Error {
  constructor(
    readonly code: BoundedReadCode,
    message: string,
    /** Bytes read before giving up (at most the cap + 1). */
    readonly bytesRead = 0,
  ) {
    super(message);
  }
}

const CHUNK_BYTES = 64 * 1024;
/** Without O_NONBLOCK, opening a FIFO no one writes to waits forever; 0 where the platform has no such flag. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** "256 KiB" for whole KiB, else "100 bytes". */
export function formatCap(maxBytes: number): string {
  return maxBytes % 1024 === 0 ? `${maxBytes / 1024} KiB` : `${maxBytes} bytes`;
}

const kindOf = (stats: Stats): string =>
  stats.isDirectory()
    ? 'a folder'
    : stats.isCharacterDevice()
      ? 'a character device'
      : stats.isBlockDevice()
        ? 'a block device'
        : stats.isFIFO()
          ? 'a pipe (FIFO)'
          : stats.isSocket()
            ? 'a socket'
            : 'not a plain file';

const notAFile = (stats: Stats): BoundedReadError => new BoundedReadError('not-a-file', `not a regular file (${kindOf(stats)})`);
const tooLarge = (maxBytes: number, bytesRead: number): BoundedReadError =>
  new BoundedReadError('too-large', `larger than ${formatCap(maxBytes)}`, bytesRead);
const unreadable = (error: unknown): BoundedReadError =>
  error instanceof BoundedReadError ? error : new BoundedReadError('unreadable', `cannot be read (${error instanceof Error ? error.message.slice(0, 120) : 'error'})`);

function checkCap(maxBytes: number): void {
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) throw new RangeError(`maxBytes must be a whole number of bytes, not ${maxBytes}`);
}

/** Room for the next read: grows by doubling up to cap + 1, so a small file under a large cap stays small in memory. */
function grow(buffer: Buffer, used: number, limit: number): Buffer {
  if (used < buffer.length) return buffer;
  const next = Buffer.allocUnsafe(Math.min(limit, Math.max(buffer.length * 2, CHUNK_BYTES)));
  buffer.copy(next, 0, 0, used);
  return next;
}

/** The whole file, at most `maxBytes` of it; throws BoundedReadError (too-large, not-a-file, unreadable). */
export function readBoundedSync(path: string, maxBytes: number): Buffer {
  checkCap(maxBytes);
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw unreadable(error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw notAFile(stats);
    const limit = maxBytes + 1;
    let buffer: Buffer = Buffer.allocUnsafe(Math.min(limit, Math.max(stats.size + 1, 1)));
    let used = 0;
    for (;;) {
      buffer = grow(buffer, used, limit);
      const n = readSync(fd, buffer, used, Math.min(buffer.length - used, CHUNK_BYTES), null);
      if (n === 0) break;
      used += n;
      if (used > maxBytes) throw tooLarge(maxBytes, used);
    }
    return buffer.subarray(0, used);
  } catch (error) {
    throw unreadable(error);
  } finally {
    closeSync(fd);
  }
}

/** As readBoundedSync, without blocking the event loop. */
export async function readBounded(path: string, maxBytes: number): Promise<Buffer> {
  checkCap(maxBytes);
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    throw unreadable(error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw notAFile(stats);
    const limit = maxBytes + 1;
    let buffer: Buffer = Buffer.allocUnsafe(Math.min(limit, Math.max(stats.size + 1, 1)));
    let used = 0;
    for (;;) {
      buffer = grow(buffer, used, limit);
      const { bytesRead } = await handle.read(buffer, used, Math.min(buffer.length - used, CHUNK_BYTES), null);
      if (bytesRead === 0) break;
      used += bytesRead;
      if (used > maxBytes) throw tooLarge(maxBytes, used);
    }
    return buffer.subarray(0, used);
  } catch (error) {
    throw unreadable(error);
  } finally {
    await handle.close();
  }
}

/**
 * The last `maxBytes` of a regular file (a log read from its end): the file may have grown past its usual size, the
 * tail is still read, never the whole. Starts at a line break where it had to cut, so no half line comes back.
 */
export function readTailSync(path: string, maxBytes: number): Buffer {
  checkCap(maxBytes);
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw unreadable(error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw notAFile(stats);
    const start = Math.max(0, stats.size - maxBytes);
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes, stats.size));
    let used = 0;
    while (used < buffer.length) {
      const n = readSync(fd, buffer, used, buffer.length - used, start + used);
      if (n === 0) break;
      used += n;
    }
    const data = buffer.subarray(0, used);
    if (start === 0) return data;
    const newline = data.indexOf(0x0a);
    return newline === -1 ? data.subarray(data.length) : data.subarray(newline + 1);
  } catch (error) {
    throw unreadable(error);
  } finally {
    closeSync(fd);
  }
}
