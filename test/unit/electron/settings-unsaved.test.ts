import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppInfoSchema } from '../../../shared/api/schemas';
import { InventoryStateSchema } from '../../../shared/api/inventory-schemas';
import { createDispatcher } from '../../../shared/api/dispatcher';
import { createHandlers } from '../../../electron/services/create-handlers';
import { confFactory } from '../../../electron/services/settings/conf-factory';
import { openSettingsStore, type ConfFactory } from '../../../electron/services/settings/settings-store';
import { emptyScan } from '../../support/stub-handlers';

const dir = mkdtempSync(join(tmpdir(), 'rigshift-unsaved-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Real conf whose writes start failing on demand, as when the disk fills up or the folder turns read-only. */
let failWrites = false;
const failing: ConfFactory = (options) => {
  const real = confFactory(options);
  return {
    get store() {
      return real.store;
    },
    set store(value) {
      if (failWrites) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      real.store = value;
    },
  };
};

describe('settings that stop being saved while the app runs', () => {
  it('still answers every call, keeps changes for the session, refuses bad ones, and tells the interface', async () => {
    const settings = openSettingsStore(dir, failing);
    const dispatch = createDispatcher(createHandlers({ version: 'test', settings, detect: async () => emptyScan() }));
    expect(await dispatch('getAppInfo', {})).toMatchObject({ ok: true, data: { settingsNotice: null } });
    failWrites = true;
    expect((await dispatch('scanLocal', {})).ok).toBe(true);
    const added = await dispatch('updateInventory', { op: 'addItem', kind: 'gpu', catalogueId: 'nvidia-rtx-3090', count: 1, name: 'Kept in memory' });
    expect(added.ok).toBe(true);
    const bad = await dispatch('updateInventory', { op: 'addItem', kind: 'gpu', catalogueId: 'no-such-card', count: 1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const inventory = await dispatch('getInventory', {});
    expect(inventory.ok && InventoryStateSchema.parse(inventory.data).inventory.items.map((i) => i.name)).toContain('Kept in memory');
    const info = await dispatch('getAppInfo', {});
    expect(info.ok && AppInfoSchema.parse(info.data).settingsNotice).toMatch(/cannot be saved \(.*ENOSPC.*\): RigShift carries on with them in memory/);
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).not.toContain('Kept in memory');
  });
});
