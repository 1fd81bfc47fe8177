/**
 * The bench's renderer figure: the gzip size of the JS the first screen loads (entry chunk and its static imports),
 * against issue #23's target, then the chunks that load when a view or chart first opens. KB = 1000 bytes.
 */
import { rendererChunks, type Chunk } from './renderer-chunks';

const TARGET_KB = 120;
const kb = (bytes: number): string => (bytes / 1000).toFixed(1);
const sum = (chunks: Chunk[], of: (c: Chunk) => number): number => chunks.reduce((n, c) => n + of(c), 0);

export async function rendererSize(root: string): Promise<void> {
  const { initial, lazy } = await rendererChunks(root);
  const files = `${initial.length} file${initial.length === 1 ? '' : 's'}`;
  console.log(`renderer initial JS size (gzip): ${kb(sum(initial, (c) => c.gzipBytes))} KB (target ≤ ${TARGET_KB} KB; ${kb(sum(initial, (c) => c.rawBytes))} KB raw, ${files})`);
  for (const c of initial) console.log(`  initial ${c.file}: ${kb(c.gzipBytes)} KB gzip`);
  console.log(`renderer lazy chunks (loaded when a view, chart or language first needs them): ${lazy.length}, ${kb(sum(lazy, (c) => c.gzipBytes))} KB gzip in all`);
  for (const c of [...lazy].sort((a, b) => b.gzipBytes - a.gzipBytes)) console.log(`  lazy ${c.file} (${c.key}): ${kb(c.gzipBytes)} KB gzip`);
}

// `npx tsx test/bench/renderer-size.ts` prints this part alone.
if (process.argv[1]?.endsWith('renderer-size.ts')) {
  const { dirname, join } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  await rendererSize(join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
}
