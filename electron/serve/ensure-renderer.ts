import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newestMtime = (dir: string): number => {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
};

/**
 * Always React's production build: Vite takes NODE_ENV from the environment when it is set, and a serve started by a
 * test runner (NODE_ENV=test) would otherwise leave a development bundle behind — two to three times slower, and then
 * reused by every later start because it is newer than the sources.
 */
export const PRODUCTION = { mode: 'production', define: { 'process.env.NODE_ENV': JSON.stringify('production') } } as const;

/** Builds the renderer with Vite when out/renderer is missing or older than its sources (e.g. after git pull). */
export async function ensureRendererBuilt(root: string, log: (line: string) => void): Promise<string> {
  const outDir = join(root, 'out', 'renderer');
  const index = join(outDir, 'index.html');
  const sources = Math.max(newestMtime(join(root, 'renderer')), newestMtime(join(root, 'shared')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return outDir;
  log('Building the interface (first run or sources changed)…');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), root: join(root, 'renderer'), logLevel: 'warn', ...PRODUCTION });
  return outDir;
}
