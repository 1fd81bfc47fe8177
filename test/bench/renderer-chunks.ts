/**
 * Which JS the renderer's first screen loads, read from a production build's Vite manifest: the entry chunk and every
 * chunk it imports statically (the ones index.html names as script or modulepreload), as opposed to the chunks that
 * load only when a view or chart first opens (dynamic imports).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { buildRenderer } from '../../electron/serve/build-renderer';

const ManifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    isEntry: z.boolean().optional(),
    imports: z.array(z.string()).optional(),
    dynamicImports: z.array(z.string()).optional(),
  }),
);

export interface Chunk {
  file: string;
  /** The manifest key (the source module that names the chunk, or the shared chunk's own name). */
  key: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface RendererChunks {
  initial: Chunk[];
  lazy: Chunk[];
  /** Source module ids bundled into the initial chunks (from the build's module graph). */
  initialModules: string[];
}

/** Builds the renderer (production, with a manifest) into a temporary folder and sorts its chunks. */
export async function rendererChunks(root: string): Promise<RendererChunks> {
  const outDir = mkdtempSync(join(tmpdir(), 'rigshift-renderer-chunks-'));
  const modulesByFile = new Map<string, string[]>();
  try {
    await buildRenderer({
      configFile: join(root, 'vite.config.ts'),
      root: join(root, 'renderer'),
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true, manifest: 'manifest.json' },
      plugins: [
        {
          name: 'rigshift-chunk-modules',
          generateBundle(_options, bundle) {
            for (const item of Object.values(bundle)) if (item.type === 'chunk') modulesByFile.set(item.fileName, Object.keys(item.modules));
          },
        },
      ],
    });
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')));
    const chunk = (key: string): Chunk => {
      const body = readFileSync(join(outDir, manifest[key]?.file ?? ''));
      return { key, file: manifest[key]?.file ?? '', rawBytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
    };
    const initialKeys = new Set<string>();
    const visit = (key: string): void => {
      if (initialKeys.has(key)) return;
      initialKeys.add(key);
      for (const next of manifest[key]?.imports ?? []) visit(next);
    };
    for (const [key, entry] of Object.entries(manifest)) if (entry.isEntry) visit(key);
    const jsKeys = Object.keys(manifest).filter((key) => manifest[key]?.file.endsWith('.js'));
    const initial = jsKeys.filter((key) => initialKeys.has(key)).map(chunk);
    return {
      initial,
      lazy: jsKeys.filter((key) => !initialKeys.has(key)).map(chunk),
      initialModules: initial.flatMap((c) => modulesByFile.get(c.file) ?? []),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
