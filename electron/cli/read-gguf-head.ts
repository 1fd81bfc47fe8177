import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Bytes of a GGUF file's start read for its shape: the general.* and architecture keys come before the vocabulary. */
export const GGUF_SHAPE_HEAD_BYTES = 256 * 1024;

export class GgufHeadError extends Error {}

/** The first bytes of a regular file and its size; never more than GGUF_SHAPE_HEAD_BYTES read, whatever the file. */
export function readGgufHead(path: string): { head: Buffer; fileBytes: number } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new GgufHeadError(`cannot open ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new GgufHeadError(`${path} is not a regular file`);
    const head = Buffer.alloc(Math.min(GGUF_SHAPE_HEAD_BYTES, stats.size));
    const read = head.length > 0 ? readSync(fd, head, 0, head.length, 0) : 0;
    return { head: head.subarray(0, read), fileBytes: stats.size };
  } finally {
    closeSync(fd);
  }
}
