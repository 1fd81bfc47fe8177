import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Vitest global setup: the CLI tests run the bundle users run, so build it from the current sources first
 * (only when a source is newer than the bundle). */
export default function buildCli(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  execFileSync(process.execPath, [join(root, 'build', 'build-cli.mjs'), '--if-stale'], { cwd: root, stdio: 'inherit' });
}
