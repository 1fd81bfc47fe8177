import type { InlineConfig } from 'vite';

/**
 * Builds the renderer with Vite as React's production build, whatever NODE_ENV the caller runs under. Vite and the
 * React plugin take NODE_ENV from the environment when it is set: a serve started by a test runner (NODE_ENV=test)
 * would build a development bundle — two to three times slower, and reused by every later start because it is newer
 * than the sources. NODE_ENV is set for the build and put back afterwards.
 */
export async function buildRenderer(config: InlineConfig): Promise<void> {
  const { build } = await import('vite');
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ ...config, mode: 'production' });
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}
