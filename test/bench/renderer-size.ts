/** The bench's renderer figure: the gzip size of the JS the first screen loads, against the target. */
import { rendererChunks, type Chunk } from './renderer-chunks';

const TARGET_KIB = 120;
const kib = (bytes: number): string => (bytes / 1024).toFixed(1);
const sum = (chunks: Chunk[], of: (c: Chunk) => number): number => chunks.reduce((n, c) => n + of(c), 0);

export async function rendererSize(root: string): Promise<void> {
  const { initial, lazy } = await rendererChunks(root);
  const files = `${initial.length} file${initial.length === 1 ? '' : 's'}`;
  console.log(`renderer initial JS size (gzip): ${kib(sum(initial, (c) => c.gzipBytes))} KiB (target ≤ ${TARGET_KIB} KB; ${kib(sum(initial, (c) => c.rawBytes))} KiB raw, ${files})`);
  for (const c of initial) console.log(`  initial ${c.file}: ${kib(c.gzipBytes)} KiB gzip`);
  console.log(`renderer lazy chunks (loaded when a view or chart first opens): ${lazy.length}, ${kib(sum(lazy, (c) => c.gzipBytes))} KiB gzip in all`);
  for (const c of [...lazy].sort((a, b) => b.gzipBytes - a.gzipBytes)) console.log(`  lazy ${c.file} (${c.key}): ${kib(c.gzipBytes)} KiB gzip`);
}

if (process.argv[1]?.endsWith('renderer-size.ts')) {
  const { dirname, join } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  await rendererSize(join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
}
