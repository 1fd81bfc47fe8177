import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

/** The renderer build, shared by electron-vite (the app) and plain Vite (serve mode and browser tests). */
export const rendererConfig: UserConfig = {
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../out/renderer', emptyOutDir: true, minify: true, chunkSizeWarningLimit: 900 },
};

export default defineConfig(rendererConfig);
