import { parseBenchArgs, runBenchCommand } from '../commands/bench';

/** `bench --model <file.gguf>`: a real llama.cpp measurement on this machine. */
export async function run(argv: string[]): Promise<number> {
  const args = parseBenchArgs(argv);
  const controller = new AbortController();
  // Ctrl-C, a kill or a closed terminal stop the child too (it also ends itself when this process dies without a word).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => controller.abort());
  process.stdout.write(`${await runBenchCommand(args, controller.signal)}\n`);
  return 0;
}
