/**
 * Issue #23.5, a lean first screen: the JS the first screen loads (entry chunk and its static imports, per the build
 * manifest) leaves out Recharts, the schema library, the judge and its catalogue, Italian, and every view but This
 * machine, which load as chunks when first needed. Checked by module ids and bytes, never by time.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rendererChunks, type RendererChunks } from '../bench/renderer-chunks';

const root = join(__dirname, '..', '..');
let chunks: RendererChunks;
beforeAll(async () => {
  chunks = await rendererChunks(root);
}, 120_000);

const LAZY = [
  '/node_modules/recharts/',
  '/node_modules/zod/',
  'shared/judge/judge-machine.ts',
  'shared/catalogue/gpu-catalogue.ts',
  'renderer/src/i18n/it.ts',
  'renderer/src/features/network/NetworkView.tsx',
  'renderer/src/features/inventory/InventoryView.tsx',
  'renderer/src/features/compare/CompareTab.tsx',
  'renderer/src/features/plan/PlanTab.tsx',
  'renderer/src/features/earnings/EarningsTab.tsx',
  'renderer/src/features/machine/MachineReport.tsx',
];

describe('the renderer first screen', () => {
  it('loads the shell and This machine, not the other views, charts, schemas, judge or Italian', () => {
    const ids = chunks.initialModules.map((id) => id.replaceAll('\\', '/'));
    expect(ids.some((id) => id.endsWith('renderer/src/main.tsx'))).toBe(true);
    expect(ids.some((id) => id.endsWith('renderer/src/features/machine/MachineView.tsx'))).toBe(true);
    for (const lazy of LAZY) expect(ids.filter((id) => id.includes(lazy)), lazy).toEqual([]);
  });

  it('builds those as separate chunks, and keeps the initial JS within 120 KB gzip', () => {
    expect(chunks.lazy.length).toBeGreaterThanOrEqual(LAZY.length - 2);
    const initialGzipBytes = chunks.initial.reduce((n, c) => n + c.gzipBytes, 0);
    expect(initialGzipBytes).toBeGreaterThan(0);
    expect(initialGzipBytes).toBeLessThanOrEqual(120_000);
  });
});
