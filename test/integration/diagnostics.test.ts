import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppServices } from '../../electron/services/app-services';
import { createDispatcher } from '../../shared/api/dispatcher';
import { stubHandlers } from '../support/stub-handlers';

const dir = mkdtempSync(join(tmpdir(), 'rigshift-diag-int-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('diagnostics through the contract', () => {
  it('a handler that throws is logged (the shell’s fault), a refused input is not; both still answer an envelope', async () => {
    const heard: string[] = [];
    const dispatch = createDispatcher({ ...stubHandlers(), getInventory: async () => { throw new Error('disk on fire'); } }, (call, error) => heard.push(`${call}: ${String(error)}`));
    expect(await dispatch('getInventory', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await dispatch('scanLocal', { timeoutMs: 'soon' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(heard).toEqual(['getInventory: Error: disk on fire']);
  });

  it('the app services keep a log in the data folder, and getDiagnostics reports versions and its tail', async () => {
    const services = createAppServices({ configDir: dir });
    services.log.write('error', 'scanLocal: simulated failure with token=s3cret');
    const reply = await services.dispatch('getDiagnostics', {});
    if (!reply.ok) throw new Error(reply.error.message);
    const { text } = reply.data as { text: string };
    expect(text).toMatch(/^RigShift \S+ diagnostics/);
    expect(text).toContain(`node ${process.versions.node}`);
    expect(text).toMatch(/This machine: not scanned in this session/);
    expect(text).toMatch(/ERROR scanLocal: simulated failure with token=\[redacted\]/);
    expect(existsSync(join(dir, 'logs', 'rigshift.log'))).toBe(true);
    expect(readFileSync(join(dir, 'logs', 'rigshift.log'), 'utf8')).not.toContain('s3cret');
  });
});
