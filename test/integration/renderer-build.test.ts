/**
 * The interface serve mode builds is React's production build even when a test runner started it (vitest sets
 * NODE_ENV=test, which Vite would otherwise carry into the bundle: a development React, two to three times slower).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRenderer } from '../../electron/serve/build-renderer';

const root = join(__dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'rigshift-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** React's development build warns about list keys; its production build does not carry the message. */
const DEV_ONLY = 'should have a unique "key" prop';

async function bundleText(name: string, builder: typeof build | typeof buildRenderer): Promise<string> {
  const outDir = join(work, name);
  await builder({ configFile: join(root, 'vite.config.ts'), root: join(root, 'renderer'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
}

describe('the renderer build', () => {
  it('is React\'s production build under NODE_ENV=test, where a plain Vite build is not', async () => {
    expect(process.env.NODE_ENV).toBe('test');
    expect(await bundleText('plain', build)).toContain(DEV_ONLY);
    const production = await bundleText('production', buildRenderer);
    expect(production).not.toContain(DEV_ONLY);
    // The JSX runtime matches the React build (a development JSX call into a production React throws on load).
    expect(production).not.toContain('jsxDEV');
    expect(process.env.NODE_ENV).toBe('test');
  }, 120_000);
});
