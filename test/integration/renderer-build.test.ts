/**
 * The interface serve mode builds is React's production build even when a test runner started it (vitest sets
 * NODE_ENV=test, which Vite would otherwise carry into the bundle: a development React, two to three times slower).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { PRODUCTION } from '../../electron/serve/ensure-renderer';

const root = join(__dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'rigshift-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** React's development build warns about list keys; its production build does not carry the message. */
const DEV_ONLY = 'should have a unique "key" prop';

async function bundleText(name: string, extra: object): Promise<string> {
  const outDir = join(work, name);
  await build({ configFile: join(root, 'vite.config.ts'), root: join(root, 'renderer'), logLevel: 'silent', build: { outDir, emptyOutDir: true }, ...extra });
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
}

describe('the renderer build', () => {
  it('is React\'s production build under NODE_ENV=test, where a plain build is not', async () => {
    expect(process.env.NODE_ENV).toBe('test');
    expect(await bundleText('plain', {})).toContain(DEV_ONLY);
    expect(await bundleText('production', PRODUCTION)).not.toContain(DEV_ONLY);
  }, 120_000);
});
