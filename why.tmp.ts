import { build } from 'vite';
process.env.NODE_ENV='production';
const targets = process.argv.slice(2);
await build({ configFile: '/work/wt/lean-ui/vite.config.ts', root: '/work/wt/lean-ui/renderer', logLevel: 'silent', mode:'production', build: { outDir: '/tmp/lean-out', emptyOutDir: true, write: false },
  plugins: [{ name: 'x', generateBundle(_o, b) {
    const entry = [...this.getModuleIds()].find((id) => id.endsWith('src/main.tsx'))!;
    const prev = new Map<string, string | null>([[entry, null]]); const q = [entry];
    while (q.length) { const id = q.shift()!; for (const n of this.getModuleInfo(id)?.importedIds ?? []) if (!prev.has(n)) { prev.set(n, id); q.push(n); } }
    const short = (s: string) => s.replace(/.*lean-ui\//, '').replace(/.*node_modules\//, 'nm:');
    for (const t of targets) { const hit = [...prev.keys()].find((k) => k.includes(t)); if (!hit) { console.log(t, 'NOT STATIC'); continue; }
      const chain: string[] = []; let c: string | null | undefined = hit; while (c) { chain.push(short(c)); c = prev.get(c); } console.log(chain.reverse().join(' -> ')); }
  } }] });
