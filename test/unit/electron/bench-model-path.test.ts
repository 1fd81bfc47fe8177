import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BenchError, runBenchmark } from '../../../electron/services/bench/run-benchmark';

describe('benchmark model path', () => {
  it.runIf(existsSync('/dev/zero'))('refuses a device as the model before any child reads it', async () => {
    const run = runBenchmark({ modelPath: '/dev/zero' });
    await expect(run).rejects.toBeInstanceOf(BenchError);
    await expect(run).rejects.toMatchObject({ code: 'no-file', message: '/dev/zero is not a regular file (a GGUF model file is needed)' });
  });

  it('refuses a folder and a missing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rigshift-bench-path-'));
    try {
      await expect(runBenchmark({ modelPath: dir })).rejects.toMatchObject({ code: 'no-file', message: expect.stringMatching(/is not a regular file/) });
      await expect(runBenchmark({ modelPath: join(dir, 'nope.gguf') })).rejects.toMatchObject({ code: 'no-file', message: expect.stringMatching(/^no model file at /) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
