import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, constants, existsSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BoundedReadError, formatCap, readBounded, readBoundedSync, readTailSync } from '../../../electron/services/files/read-bounded';

const dir = mkdtempSync(join(tmpdir(), 'rigshift-bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const posix = process.platform !== 'win32';

/** The error a read threw (sync or async), or a failure when it returned. */
async function refusal(read: () => Buffer | Promise<Buffer>): Promise<BoundedReadError> {
  try {
    await read();
  } catch (error) {
    expect(error).toBeInstanceOf(BoundedReadError);
    return error as BoundedReadError;
  }
  throw new Error('expected the read to be refused');
}

/** Polls until `ready` (no deadline of its own: vitest's test timeout ends a stuck wait). */
async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await new Promise((resolve) => setTimeout(resolve, 10));
}

const readers = [
  ['readBoundedSync', readBoundedSync],
  ['readBounded', readBounded],
] as const;

describe.each(readers)('%s', (_name, read) => {
  it('reads a file up to and including the cap', async () => {
    const file = join(dir, 'exact.txt');
    writeFileSync(file, 'x'.repeat(1024));
    expect((await read(file, 1024)).toString()).toBe('x'.repeat(1024));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expect((await read(empty, 10)).length).toBe(0);
  });

  it('refuses a file over the cap after reading at most cap + 1 bytes', async () => {
    const file = join(dir, 'big.txt');
    writeFileSync(file, Buffer.alloc(300 * 1024, 0x61));
    const error = await refusal(() => read(file, 256 * 1024));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe('larger than 256 KiB');
    expect(error.bytesRead).toBe(256 * 1024 + 1);
  });

  it.runIf(posix && existsSync('/dev/zero'))('refuses /dev/zero (size 0, endless) without reading it', async () => {
    const error = await refusal(() => read('/dev/zero', 256 * 1024));
    expect(error.code).toBe('not-a-file');
    expect(error.message).toBe('not a regular file (a character device)');
    expect(error.bytesRead).toBe(0);
  });

  it.runIf(process.platform === 'linux' && existsSync('/proc/self/maps'))('bounds a /proc file whose stat size is 0 by the bytes it reads', async () => {
    const error = await refusal(() => read('/proc/self/maps', 100));
    expect(error).toMatchObject({ code: 'too-large', message: 'larger than 100 bytes', bytesRead: 101 });
  });

  it('refuses a folder and says a missing file cannot be read', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder, { recursive: true });
    const asFolder = await refusal(() => read(folder, 1024));
    // Linux and macOS open a folder and fstat says so; Windows refuses to open it at all.
    expect(['not-a-file', 'unreadable']).toContain(asFolder.code);
    if (posix) expect(asFolder.message).toBe('not a regular file (a folder)');
    const missing = await refusal(() => read(join(dir, 'nope.json'), 1024));
    expect(missing.code).toBe('unreadable');
    expect(missing.message).toMatch(/^cannot be read \(ENOENT/);
  });

  describe.runIf(posix && spawnSync('mkfifo', ['--help']).error === undefined)('a FIFO', () => {
    let writer: ChildProcess | null = null;
    afterEach(() => {
      writer?.kill('SIGKILL');
      writer = null;
    });

    it('is refused with a writer streaming into it forever, and with no writer at all (never waits)', async () => {
      const fifo = join(dir, `fifo-${Math.random().toString(36).slice(2)}`);
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const lonely = await refusal(() => read(fifo, 1024));
      expect(lonely).toMatchObject({ code: 'not-a-file', message: 'not a regular file (a pipe (FIFO))', bytesRead: 0 });
      // Hold a reader open so the writer's open returns, then wait until its bytes really flow.
      const held = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
      try {
        writer = spawn(process.execPath, ['-e', `const fs=require('fs');const fd=fs.openSync(${JSON.stringify(fifo)},'w');const b=Buffer.alloc(65536,120);for(;;){try{fs.writeSync(fd,b)}catch{process.exit(0)}}`], { stdio: 'ignore' });
        await until(() => {
          try {
            return readSync(held, Buffer.alloc(16)) > 0;
          } catch {
            return false; // EAGAIN: nothing written yet
          }
        });
        const streaming = await refusal(() => read(fifo, 1024));
        expect(streaming).toMatchObject({ code: 'not-a-file', bytesRead: 0 });
      } finally {
        closeSync(held);
      }
    });
  });
});

describe('readTailSync', () => {
  it('reads only the last bytes of a file that grew, from a line start', () => {
    const file = join(dir, 'log.txt');
    writeFileSync(file, Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n') + '\n');
    const tail = readTailSync(file, 100).toString();
    expect(tail.length).toBeLessThanOrEqual(100);
    expect(tail.endsWith('line 999\n')).toBe(true);
    expect(tail.startsWith('line ')).toBe(true);
    expect(readTailSync(file, 1 << 20).toString().startsWith('line 0\n')).toBe(true);
  });

  it.runIf(posix && existsSync('/dev/zero'))('refuses a device', () => {
    expect(() => readTailSync('/dev/zero', 100)).toThrow('not a regular file');
  });
});

describe('formatCap', () => {
  it('names the unit it uses', () => {
    expect(formatCap(256 * 1024)).toBe('256 KiB');
    expect(formatCap(4096)).toBe('4 KiB');
    expect(formatCap(100)).toBe('100 bytes');
  });
});
