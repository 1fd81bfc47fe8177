#!/usr/bin/env node
/**
 * Builds the headless CLI into out/cli/rigshift.mjs (the package's `bin`), with the child-process scripts it forks beside
 * it. Our TypeScript is compiled once here instead of by tsx at every start, which is most of a CLI call's time.
 * main.ts imports each command's module only when that command runs, and splitting turns those imports into chunks, so
 * `judge` loads its own small graph, never the scanner, LAN, settings or market code (test/integration/cli-chunks.test.ts).
 * Packages stay external (they load from node_modules as they are) except zod: every command needs it, and one bundled
 * copy loads faster than its 95 separate files (measured with `npm run bench`'s installed-command figure).
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
const bundled = new Set(['zod']);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]
  .filter((name) => !bundled.has(name))
  .flatMap((name) => [name, `${name}/*`]);

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
  external,
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  banner: { js: '#!/usr/bin/env node' },
});
writeFileSync(join(staging, 'meta.json'), JSON.stringify(result.metafile));
chmodSync(join(staging, 'rigshift.mjs'), 0o755);
rmSync(outdir, { recursive: true, force: true });
renameSync(staging, outdir);
