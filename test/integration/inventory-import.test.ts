import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportRigReportResultSchema, InventoryStateSchema } from '../../shared/api/inventory-schemas';
import { parseRigReport } from '../../shared/inventory/rig-report';
import { createAppServices } from '../../electron/services/app-services';
import { fakeMachine } from '../fakes/fake-bin';
import { cliEntry } from '../support/cli-entry';

const root = join(__dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'rigshift-import-'));
const rig = fakeMachine('rig-6x-rtx3070-x1');
afterAll(() => {
  rig.cleanup();
  rmSync(work, { recursive: true, force: true });
});

/** `npm run cli -- scan --json --out <file>` on the replayed headless rig. */
function scanRigToFile(file: string): { code: number | null; stdout: string; stderr: string } {
  const env = { ...rig.env, RIGSHIFT_CONFIG_DIR: join(work, 'rig-config'), RIGSHIFT_MACHINE_ID: 'rig-07-machine-id', RIGSHIFT_MACHINE_NAME: 'rig-07' };
  const r = spawnSync(process.execPath, [cliEntry, 'scan', '--json', '--out', file], { cwd: root, env, encoding: 'utf8', timeout: 90_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const report = join(work, 'rig.json');
const desk = () => createAppServices({ configDir: join(work, 'desk'), env: { ...process.env, RIGSHIFT_MACHINE_ID: 'desk-machine-id' } });

describe('headless rig → rig report → inventory', () => {
  it('scan --out writes a valid, versioned rig report beside the usual JSON', () => {
    const r = scanRigToFile(report);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).devices).toHaveLength(6);
    expect(r.stderr).toMatch(/Rig report written to/);
    const parsed = parseRigReport(readFileSync(report, 'utf8'), 'rig.json');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.report.machine.name).toBe('rig-07');
      expect(parsed.report.machine.id).toMatch(/^[a-f0-9]{16}$/);
      expect(parsed.report.machine.id).not.toContain('rig-07-machine-id');
    }
  }, 120_000);

  it('imports it as one rig of 6 GPUs; importing it again merges instead of duplicating', async () => {
    const { dispatch } = desk();
    const text = readFileSync(report, 'utf8');
    const first = ImportRigReportResultSchema.parse(((await dispatch('importRigReport', { fileName: 'rig.json', text })) as { data: unknown }).data);
    expect(first.summary).toEqual({ added: 6, updated: 0, missing: 0 });
    expect(first.machine).toBe('rig-07');
    expect(first.state.inventory.rigs.map((r) => r.name)).toEqual(['rig-07']);
    expect(first.state.inventory.rigs[0]?.host?.ramGB).toBeGreaterThan(0);
    const again = ImportRigReportResultSchema.parse(((await dispatch('importRigReport', { fileName: 'rig.json', text })) as { data: unknown }).data);
    expect(again.summary).toEqual({ added: 0, updated: 6, missing: 0 });
    expect(again.state.inventory.items).toHaveLength(6);
    // Undo goes back one import at a time.
    const undone = InventoryStateSchema.parse(((await dispatch('undoInventory', {})) as { data: unknown }).data);
    expect(undone.inventory.items).toHaveLength(6);
    expect(undone.inventory.items.every((i) => i.history.length === 1)).toBe(true);
  });

  it('refuses corrupt and hostile files with a message, leaving the stored inventory byte-identical', async () => {
    const { dispatch, settings } = desk();
    await dispatch('updateInventory', { op: 'renameItem', id: (await dispatch('getInventory', {}).then((e) => (e as { data: { inventory: { items: Array<{ id: string }> } } }).data.inventory.items[0]?.id)) ?? 'inv-x', name: 'Card on riser 1' });
    const before = readFileSync(settings.path);
    const good = readFileSync(report, 'utf8');
    const html = good.replace(/"rawName": "[^"]*"/, '"rawName": "<img src=x onerror=alert(1)>"');
    // The problem code lets the interface word the refusal in its language; the contract refuses 50 MB before parsing.
    const hostile: Array<[string, string, RegExp, string | undefined]> = [
      ['truncated', good.slice(0, good.length / 2), /not JSON, or cut short/, 'not-json'],
      ['wrong schema', JSON.stringify({ ...JSON.parse(good), scan: { devices: 'many' } }), /scan/, 'schema'],
      ['another file', '{"name":"package","version":"1.0.0"}', /not a RigShift rig report/, 'not-a-report'],
      ['HTML in a name', html, /contains markup/, 'unsafe'],
      ['50 MB', 'x'.repeat(50 * 1024 * 1024), /at most 1024 KiB|larger than/, undefined],
    ];
    for (const [label, text, message, problem] of hostile) {
      const envelope = await dispatch('importRigReport', { fileName: `${label}.json`, text });
      expect(envelope, label).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect((envelope as { error: { message: string } }).error.message, label).toMatch(message);
      expect((envelope as { error: { problem?: { code: string } } }).error.problem?.code, label).toBe(problem);
      expect(readFileSync(settings.path).equals(before), `${label} left the settings file unchanged`).toBe(true);
    }
  });
});
