import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { confFactory } from '../../../electron/services/settings/conf-factory';
import { MAX_SETTINGS_BYTES, openSettingsStore, type ConfFactory } from '../../../electron/services/settings/settings-store';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rigshift-settings-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const entry = { id: 'manual-abc', kind: 'gpu' as const, catalogueId: 'nvidia-rtx-3090', count: 2, addedAt: '2026-11-25T00:00:00.000Z' };

describe('settings store (conf, same file electron-store writes)', () => {
  it('starts from defaults and persists changes to config.json', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, confFactory);
    expect(store.recovery).toBeNull();
    expect(store.read().manualDevices).toEqual([]);
    store.update((s) => ({ ...s, manualDevices: [entry] }));
    expect(openSettingsStore(dir, confFactory).read().manualDevices).toEqual([entry]);
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).manualDevices).toEqual([entry]);
  });

  it.each([
    ['truncated JSON', '{"schemaVersion": 1, "manualDev'],
    ['not JSON at all', '\u0000\u0001garbage'],
    ['wrong version', JSON.stringify({ schemaVersion: 99, manualDevices: [] })],
    ['JSON array', '[1, 2, 3]'],
  ])('moves a %s file aside, restores defaults and says so', (_label, content) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'config.json'), content);
    const store = openSettingsStore(dir, confFactory, () => new Date('2026-11-25T10:00:00Z'));
    expect(store.recovery).toMatch(/unreadable/);
    expect(store.read().manualDevices).toEqual([]);
    const aside = readdirSync(dir).find((f) => f.startsWith('config.corrupt-'));
    expect(aside).toBe('config.corrupt-2026-11-25T10-00-00-000Z.json');
    expect(readFileSync(join(dir, aside ?? ''), 'utf8')).toBe(content);
  });

  it('moves aside a settings file over its size limit before conf reads it, keeping it byte for byte', () => {
    const dir = tempDir();
    const content = JSON.stringify({ schemaVersion: 1, padding: 'x'.repeat(MAX_SETTINGS_BYTES) });
    writeFileSync(join(dir, 'config.json'), content);
    const store = openSettingsStore(dir, confFactory);
    expect(store.recovery).toMatch(/unreadable \(larger than 16384 KiB\)/);
    expect(store.read().manualDevices).toEqual([]);
    const aside = readdirSync(dir).find((f) => f.startsWith('config.corrupt-'));
    expect(readFileSync(join(dir, aside ?? ''), 'utf8').length).toBe(content.length);
  });

  it.runIf(process.platform !== 'win32')('moves aside a config.json that is a FIFO (never waits on it, never reads it)', () => {
    const dir = tempDir();
    expect(spawnSync('mkfifo', [join(dir, 'config.json')]).status).toBe(0);
    const store = openSettingsStore(dir, confFactory);
    expect(store.recovery).toMatch(/not a regular file \(a pipe \(FIFO\)\)/);
    expect(store.read().manualDevices).toEqual([]);
    const aside = readdirSync(dir).find((f) => f.startsWith('config.corrupt-'));
    expect(lstatSync(join(dir, aside ?? '')).isFIFO()).toBe(true);
  });

  it.runIf(process.platform !== 'win32')('never reads a settings file swapped for a FIFO or a huge file while running: last good settings, changes kept in memory, a clear notice', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, confFactory);
    store.update((s) => ({ ...s, manualDevices: [entry] }));
    const file = join(dir, 'config.json');
    rmSync(file);
    expect(spawnSync('mkfifo', [file]).status).toBe(0);
    expect(store.read().manualDevices).toEqual([entry]); // would hang if conf read the FIFO
    const changed = store.update((s) => ({ ...s, manualDevices: [] }));
    expect(changed.manualDevices).toEqual([]);
    expect(store.saveProblem).toMatch(/no longer a regular file/);
    expect(store.unsaved).toBe(1);

    const dir2 = tempDir();
    const store2 = openSettingsStore(dir2, confFactory);
    writeFileSync(join(dir2, 'config.json'), Buffer.alloc(MAX_SETTINGS_BYTES + 1, 0x20));
    store2.update((s) => ({ ...s, manualDevices: [entry] }));
    expect(store2.saveProblem).toMatch(/is larger than 16384 KiB/);
    expect(store2.read().manualDevices).toEqual([entry]);
  });

  it('keeps the valid parts of a file of this version whose other parts break the schema, and names what was reset', () => {
    const dir = tempDir();
    const content = JSON.stringify({
      schemaVersion: 1,
      manualDevices: [entry, { id: 'manual-x', kind: 'tank', catalogueId: '', count: -1 }],
      lastLanScan: { stats: { hosts: 'many' } },
      marketOverrides: { btcPriceUsd: 20000, bad: 'x' },
      halvingOverride: '2028-03-30',
      preferences: { electricityPerKwh: 0.07, currency: 'EUR', scenario: 'moon', months: 36, platform: 'vast', custom: { difficulty: 0, price: 0, network: 0, rental: 0 } },
    });
    writeFileSync(join(dir, 'config.json'), content);
    const store = openSettingsStore(dir, confFactory, () => new Date('2026-11-25T10:00:00Z'));
    expect(store.recovery).toMatch(/could not use \(1 of 2 manual devices, lastLanScan, 1 market overrides, preferences\.scenario\); those were reset and everything else was kept/);
    const kept = store.read();
    expect(kept.manualDevices).toEqual([entry]);
    expect(kept.marketOverrides).toEqual({ btcPriceUsd: 20000 });
    expect(kept.halvingOverride).toBe('2028-03-30');
    expect(kept.preferences).toMatchObject({ electricityPerKwh: 0.07, currency: 'EUR', scenario: 'flat', months: 36 });
    expect(kept.lastLanScan).toBeNull();
    expect(readFileSync(join(dir, 'config.corrupt-2026-11-25T10-00-00-000Z.json'), 'utf8')).toBe(content);
    expect(openSettingsStore(dir, confFactory).recovery).toBeNull();
  });

  it('reads a file from before newer preference fields existed without complaint, filling their defaults', () => {
    const dir = tempDir();
    const old = { schemaVersion: 1, manualDevices: [], preferences: { electricityPerKwh: 0.2, currency: 'EUR', scenario: 'bear', months: 12, platform: 'vast', custom: { difficulty: 0, price: 0, network: 0, rental: 0 } } };
    writeFileSync(join(dir, 'config.json'), JSON.stringify(old));
    const store = openSettingsStore(dir, confFactory);
    expect(store.recovery).toBeNull();
    expect(store.read().preferences).toMatchObject({ electricityPerKwh: 0.2, currency: 'EUR', ownUseHoursPerDay: 2, language: 'auto' });
    expect(store.read().inventory.sites).toHaveLength(1);
  });

  it('refuses an update that would break the schema and keeps the stored data', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, confFactory);
    store.update((s) => ({ ...s, manualDevices: [entry] }));
    expect(() => store.update((s) => ({ ...s, manualDevices: [{ ...entry, count: 0 }] }))).toThrow();
    expect(openSettingsStore(dir, confFactory).read().manualDevices).toEqual([entry]);
  });

  it('reads what another process wrote since (no stale cache a long-running app would write back)', () => {
    const dir = tempDir();
    const app = openSettingsStore(dir, confFactory);
    const cli = openSettingsStore(dir, confFactory);
    cli.update((s) => ({ ...s, manualDevices: [entry] }));
    expect(app.read().manualDevices).toEqual([entry]);
    app.update((s) => ({ ...s, marketOverrides: { btcPriceUsd: 30000 } }));
    expect(cli.read()).toMatchObject({ manualDevices: [entry], marketOverrides: { btcPriceUsd: 30000 } });
  });

  it('re-applies a change to the new content when the file changed between its read and its write', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, confFactory);
    let runs = 0;
    store.update((s) => {
      runs += 1;
      // A writer that ignores the lock (an older build) saves its device while this change is being made.
      if (runs === 1) writeFileSync(join(dir, 'config.json'), JSON.stringify({ ...s, manualDevices: [entry] }));
      return { ...s, marketOverrides: { btcPriceUsd: 30000 } };
    });
    expect(runs).toBe(2);
    expect(openSettingsStore(dir, confFactory).read()).toMatchObject({ manualDevices: [entry], marketOverrides: { btcPriceUsd: 30000 } });
  });

  it('takes over a lock left in the folder by a process that died, and removes its own', () => {
    const dir = tempDir();
    const pid = spawnSync(process.execPath, ['-e', '0']).pid ?? 999_999;
    writeFileSync(join(dir, 'config.lock'), JSON.stringify({ pid, at: Date.now(), token: 'crashed' }));
    const store = openSettingsStore(dir, confFactory);
    store.update((s) => ({ ...s, manualDevices: [entry] }));
    expect(openSettingsStore(dir, confFactory).read().manualDevices).toEqual([entry]);
    expect(existsSync(join(dir, 'config.lock'))).toBe(false);
  });

  it('keeps a change it cannot save in memory, returns it and says it was not saved', () => {
    const dir = tempDir();
    let failWrites = false;
    const failing: ConfFactory = (options) => {
      const real = confFactory(options);
      return {
        get store() {
          return real.store;
        },
        set store(value) {
          if (failWrites) throw Object.assign(new Error('EROFS: read-only file system, open config.json'), { code: 'EROFS' });
          real.store = value;
        },
      };
    };
    const store = openSettingsStore(dir, failing);
    expect(store.saveProblem).toBeNull();
    failWrites = true;
    expect(store.update((s) => ({ ...s, manualDevices: [entry] })).manualDevices).toEqual([entry]);
    expect(store.read().manualDevices).toEqual([entry]);
    expect(store.saveProblem).toMatch(/cannot be saved \(.*EROFS.*\): RigShift carries on with them in memory/);
    expect(store.recovery).toBe(store.saveProblem);
    expect(store.unsaved).toBe(1);
    expect(openSettingsStore(dir, confFactory).read().manualDevices).toEqual([]);
    // A refused change is still refused, not hidden by the fallback.
    expect(() => store.update((s) => ({ ...s, manualDevices: [{ ...entry, count: 0 }] }))).toThrow();
  });

  it('opens with defaults in memory, and a warning, where the folder cannot be created (a path through a file)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    const store = openSettingsStore(join(dir, 'file', 'RigShift'), confFactory);
    expect(store.saveProblem).toMatch(/cannot be saved \(.*(ENOTDIR|EEXIST).*\)/);
    expect(store.update((s) => ({ ...s, manualDevices: [entry] })).manualDevices).toEqual([entry]);
    expect(store.read().manualDevices).toEqual([entry]);
  });
});
