import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
const imports = (path: string): string[] => [...readFileSync(path, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');

describe('runtime boundaries', () => {
  it('keeps shared/ free of Node, Electron, React and DOM', () => {
    const bad = files(join(root, 'shared')).flatMap((file) =>
      imports(file)
        .filter((spec) => /^(node:|electron|react|recharts|systeminformation|conf$|fs$|path$|os$|child_process$|net$|http$)/.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(bad).toEqual([]);
    const code = (file: string): string => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const dom = files(join(root, 'shared')).filter((file) => /\b(window|document|localStorage|navigator)\./.test(code(file)));
    expect(dom).toEqual([]);
  });

  it('keeps renderer/ away from Node and Electron', () => {
    const bad = files(join(root, 'renderer')).flatMap((file) =>
      imports(file)
        .filter((spec) => /^(node:|electron|systeminformation|conf$|fs$|child_process$)/.test(spec) || /\/electron\/(main|services|serve|cli)\//.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('never imports electron or electron-store outside the Electron-only glue', () => {
    const glue = new Set(['electron/main/index.ts', 'electron/main/security.ts', 'electron/main/app-protocol.ts', 'electron/main/utility-launcher.ts', 'electron/main/save-pdf.ts', 'electron/main/pick-model.ts', 'electron/preload/index.ts']);
    const bad = files(join(root, 'electron')).filter((file) => !glue.has(relative(root, file)) && imports(file).some((spec) => spec === 'electron' || spec === 'electron-store'));
    expect(bad).toEqual([]);
  });
});
