#!/usr/bin/env node
/**
 * Builds the headless CLI into one ES module, out/cli/rigshift.mjs (the package's `bin`), with the child-process
 * scripts it forks beside it. Packages stay external (they load from node_modules as they are); our TypeScript is
 * compiled once here instead of by tsx at every start, which is most of a CLI call's time.
 *
 *   node build/build-cli.mjs             build
 *   node build/build-cli.mjs --if-stale  build only when a source the last bundle used is newer than it (npm run cli)
 */
import { build } from 'esbuild';
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'out', 'cli');
const bundle = join(outdir, 'rigshift.mjs');
const metaFile = join(outdir, 'meta.json');

/** True when the bundle is missing or any input recorded in its metafile changed after it was written. */
function stale() {
  if (!existsSync(bundle) || !existsSync(metaFile)) return true;
  const builtAt = statSync(bundle).mtimeMs;
  try {
    const inputs = Object.keys(JSON.parse(readFileSync(metaFile, 'utf8')).inputs ?? {});
    return inputs.some((input) => !existsSync(join(root, input)) || statSync(join(root, input)).mtimeMs > builtAt);
  } catch {
    return true;
  }
}

if (process.argv.includes('--if-stale') && !stale()) process.exit(0);

// Chunk names carry a content hash: build into an empty folder so old chunks never pile up, then swap it in whole (two
// builds at once — two test projects' set-ups — never see each other's half-written files).
const staging = `${outdir}.${process.pid}`;
rmSync(staging, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: {
    rigshift: 'electron/cli/main.ts',
    'si-probe-child': 'electron/services/hardware/si-probe-child.mjs',
    'bench-child': 'electron/services/bench/bench-child.mjs',
  },
  outdir: staging,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  chunkNames: '[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  packages: 'external',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  banner: { js: '#!/usr/bin/env node' },
});
writeFileSync(join(staging, 'meta.json'), JSON.stringify(result.metafile));
chmodSync(join(staging, 'rigshift.mjs'), 0o755);
rmSync(outdir, { recursive: true, force: true });
renameSync(staging, outdir);
