import { existsSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readStatic } from '../../../electron/serve/static-files';

const root = mkdtempSync(join(tmpdir(), 'rigshift-static-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<html></html>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(root, '..', 'rigshift-secret.txt'), 'secret');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('static file serving', () => {
  it('serves files inside the root with their type', async () => {
    expect((await readStatic(root, '/'))?.type).toMatch(/text\/html/);
    expect((await readStatic(root, '/assets/app.js'))?.type).toMatch(/javascript/);
  });

  it.runIf(existsSync('/dev/zero'))('serves no device, even one linked from inside the root', async () => {
    symlinkSync('/dev/zero', join(root, 'assets', 'zero.js'));
    expect(await readStatic(root, '/assets/zero.js')).toBeNull();
  });

  it('never leaves the root', async () => {
    for (const path of ['/../rigshift-secret.txt', '/%2e%2e/rigshift-secret.txt', '/assets/../../rigshift-secret.txt', '/%00', '/%E0%A4%A']) expect(await readStatic(root, path)).toBeNull();
  });
});
