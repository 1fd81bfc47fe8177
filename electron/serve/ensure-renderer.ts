import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildRenderer } from './build-renderer';

const newestMtime = (dir: string): number => {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
};

/** Builds the renderer with Vite when out/renderer is missing or older than its sources (e.g. after git pull). */
export async function ensureRendererBuilt(root: string, log: (line: string) => void): Promise<string> {
  const outDir = join(root, 'out', 'renderer');
  const index = join(outDir, 'index.html');
  const sources = Math.max(newestMtime(join(root, 'renderer')), newestMtime(join(root, 'shared')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return outDir;
  log('Building the interface (first run or sources changed)…');
  await buildRenderer({ configFile: join(root, 'vite.config.ts'), root: join(root, 'renderer'), logLevel: 'warn' });
  return outDir;
}
