import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');
const FOLDERS = ['docs', 'shared', 'electron', 'renderer', 'test', 'build'];
const TEXT = /\.(md|ts|tsx|mjs|js|css|html|json|yml|sh)$/;
const MARKER = /^(<{7} |={7}$|>{7} )/m;

/** Every text file we wrote (not fixtures of third-party replies), walked to a fixed depth. */
function files(dir: string, depth = 0): string[] {
  if (depth > 8) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' || entry.name === 'node_modules' ? [] : files(path, depth + 1);
    return entry.isFile() && TEXT.test(entry.name) && statSync(path).size < 2_000_000 ? [path] : [];
  });
}

describe('the sources', () => {
  it('hold no merge-conflict markers (a half-merged file once shipped in the docs)', () => {
    const all = [join(root, 'README.md'), ...FOLDERS.flatMap((f) => files(join(root, f)))];
    expect(all.length).toBeGreaterThan(300);
    const marked = all.filter((path) => MARKER.test(readFileSync(path, 'utf8')));
    expect(marked.map((p) => p.slice(root.length + 1))).toEqual([]);
  });
});
