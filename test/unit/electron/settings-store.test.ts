import { spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { confFactory } from '../../../electron/services/settings/conf-factory';
import { MAX_SETTINGS_BYTES, openSettingsStore } from '../../../electron/services/settings/settings-store';

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

  it.runIf(process.platform !== 'win32')('refuses to read a settings file swapped for a FIFO or a huge file while running, with a clear error', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, confFactory);
    store.update((s) => ({ ...s, manualDevices: [entry] }));
    const file = join(dir, 'config.json');
    rmSync(file);
    expect(spawnSync('mkfifo', [file]).status).toBe(0);
    expect(() => store.read()).toThrow(/is no longer a regular file; restart RigShift/);
    rmSync(file);
    writeFileSync(file, Buffer.alloc(MAX_SETTINGS_BYTES + 1, 0x20));
    expect(() => store.update((s) => s)).toThrow(/is larger than 16384 KiB/);
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
});
