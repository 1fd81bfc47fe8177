import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What `npm start` builds from: the app's sources and configs, as a fresh checkout has them. */
const APP_FILES = ['package.json', 'electron.vite.config.ts', 'vite.config.ts', 'tsconfig.json', 'tsconfig.base.json', 'tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.shared.json', 'electron', 'shared', 'renderer', 'build'];

/**
 * A copy of the app's sources in a temp folder with node_modules linked to this checkout's: `npm start` can build
 * there without touching out/ here, which other tests serve from while it builds.
 */
export function copyOfProject(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const file of APP_FILES) cpSync(join(repoRoot, file), join(dir, file), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
