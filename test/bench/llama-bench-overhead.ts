import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBenchmark, type BenchStep } from '../../electron/services/bench/run-benchmark';
import { writeTinyGguf } from '../support/tiny-gguf';

/**
 * The benchmark's own overhead, with a model so small that its maths cost nothing: from the call to the first
 * generated token (child spawn + binding + model load + pp512 + first token), median of 3 runs on the CPU backend.
 */
export async function llamaBenchOverhead(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rigshift-llama-bench-'));
  try {
    const model = join(dir, 'tiny.gguf');
    writeTinyGguf(model);
    const runs: Array<{ toPp: number; toFirstToken: number; pp: number; tg: number }> = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const at: Partial<Record<BenchStep, number>> = {};
      const m = await runBenchmark({ modelPath: model, backend: 'cpu', onProgress: (step) => (at[step] = performance.now() - started) });
      runs.push({ toPp: at.pp ?? 0, toFirstToken: (at.tg ?? 0) + (m.firstTokenMs ?? 0), pp: m.promptTokensPerSecond, tg: m.decodeTokensPerSecond });
    }
    const median = (pick: (r: (typeof runs)[number]) => number): number => runs.map(pick).sort((a, b) => a - b)[1] ?? 0;
    console.log(
      `llama.cpp benchmark overhead (node-llama-cpp, CPU, 460 KB test model, median of 3): start → model loaded ${median((r) => r.toPp).toFixed(0)} ms, start → first generated token ${median((r) => r.toFirstToken).toFixed(0)} ms (pp512 ${median((r) => r.pp).toFixed(0)} tok/s, tg128 ${median((r) => r.tg).toFixed(1)} tok/s)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
