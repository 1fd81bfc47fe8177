import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.config';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: { index: 'electron/main/index.ts', 'si-probe-child': 'electron/services/hardware/si-probe-child.mjs' },
        output: { entryFileNames: '[name].mjs' },
      },
    },
  },
  preload: {
    // Sandboxed preloads must be one self-contained CommonJS file.
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: { input: { index: 'electron/preload/index.ts' }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    ...rendererConfig,
    // Absolute paths: electron-vite resolves a relative outDir from the project, not from the renderer's root, and the
    // window loads out/renderer (where serve mode's plain Vite build goes too).
    build: { ...rendererConfig.build, outDir: resolve(here, 'out/renderer'), rollupOptions: { input: resolve(here, 'renderer/index.html') } },
  },
});
