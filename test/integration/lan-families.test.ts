import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanNetwork } from '../../electron/services/lan/scan-network';
import { FAMILIES } from '../../shared/lan/families';
import type { LanDevice } from '../../shared/lan/lan-device';
import { RPC_READ_COMMANDS, V3_READ_COMMANDS } from '../../shared/lan/read-commands';
import { planTargets } from '../../shared/lan/targets';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectedFor, fixtureHost, GPU_MINER_FIXTURES, MINER_FIXTURES, type FixtureOptions } from '../simulator/fixture-hosts';
import { startSimulator, type Simulator } from '../simulator/simulator';

/** Every recorded fixture folder, each on its own 127.20.0.x address, with the firmware quirks the research lists. */
const OPTIONS: Record<string, FixtureOptions> = {
  'epic-sc1': { httpPort: 4028 },
  // Some firmware keeps the socket open and sends no NUL: the reader must stop on a complete reply.
  'whatsminer-v2': { keepOpen: true, nul: false },
  'avalon-15': { keepOpen: true },
};
const folders = (root: string) => readdirSync(root).filter((name) => existsSync(join(root, name, 'expected.json')));
export const FAMILY_HOSTS: Array<[string, FixtureOptions | undefined]> = [...folders(MINER_FIXTURES), ...folders(GPU_MINER_FIXTURES)].map((f) => [f, OPTIONS[f]]);
const close = (actual: number | null | undefined, expected: number): boolean => Math.abs((actual ?? 0) / expected - 1) <= 0.05 || (expected === 0 && actual === 0);

let sim: Simulator;
let devices: LanDevice[];
beforeAll(async () => {
  sim = await startSimulator(FAMILY_HOSTS.map(([folder, options], i) => fixtureHost(`127.20.0.${i + 10}`, folder, options)));
  const result = await scanNetwork(planTargets(['127.20.0.0/24']), { families: FAMILIES, connectTimeoutMs: 500, connectionDeadlineMs: 1500, hostDeadlineMs: 5000, concurrency: 128 });
  devices = result.devices;
}, 30_000);
afterAll(() => sim.close());

describe.each(FAMILY_HOSTS.map(([folder], i) => [folder, `127.20.0.${i + 10}`] as const))('simulated %s', (folder, ip) => {
  it('is identified with the right make, model, firmware, algorithm and readings', () => {
    const expected = expectedFor(folder);
    expect(expected, `${folder}/expected.json`).not.toBeNull();
    const device = devices.find((d) => d.ip === ip);
    expect(device, `${folder} found`).toBeDefined();
    if (!device || !expected) return;
    if (typeof expected.miner === 'string') return checkRig(device, expected);
    expect(device.kind).toBe('asic');
    expect(device.make).toBe(expected.make);
    expect(device.model).toBe(expected.model);
    expect(device.algorithm).toBe(expected.algorithm);
    if (typeof expected.firmware === 'string') expect(device.firmware).toBe(expected.firmware.replace(/\s+/g, ' '));
    if (typeof expected.hashrateHs === 'number') expect(close(device.hashrateHs, expected.hashrateHs), `hashrate ${device.hashrateHs}`).toBe(true);
    if (typeof expected.powerWatts === 'number') expect(device).toMatchObject({ powerWatts: expected.powerWatts, powerSource: 'reported' });
    else expect(device.powerSource === 'estimated' || device.powerSource === null).toBe(true);
    if (Array.isArray(expected.temperaturesC)) expect(device.temperaturesC).toEqual(expected.temperaturesC.filter((t) => t !== null));
    if (Array.isArray(expected.fans)) expect(device.fans).toEqual(expected.fans);
    if (expected.uptimeS !== undefined) expect(device.uptimeS).toBe(expected.uptimeS);
    if (expected.pool !== undefined) expect(device.pool).toBe(expected.pool);
  });
});

interface ExpectedGpu {
  name: string;
  hashrateHs: number | null;
  temperatureC: number | null;
  powerW: number | null;
  busId: string | null;
}

function checkRig(device: LanDevice, expected: Record<string, unknown>): void {
  expect(device.kind).toBe('gpu-rig');
  expect(device.miner).toBe(expected.miner);
  // GMiner 1.x names no version: the firmware is then the miner alone.
  expect(device.firmware).toBe(expected.version === null ? expected.miner : `${expected.miner} ${expected.version}`);
  expect(device.algorithmName).toBe(expected.algorithm);
  if (typeof expected.hashrateHs === 'number') expect(close(device.hashrateHs, expected.hashrateHs), `hashrate ${device.hashrateHs}`).toBe(true);
  if (typeof expected.powerWatts === 'number') expect(close(device.powerWatts, expected.powerWatts)).toBe(true);
  else expect(device.powerWatts).toBeNull();
  expect(device.uptimeS).toBe(expected.uptimeS ?? null);
  expect(device.pool).toBe(expected.pool ?? null);
  const gpus = expected.gpus as ExpectedGpu[];
  expect(device.gpus.map((g) => g.name)).toEqual(gpus.map((g) => g.name));
  gpus.forEach((want, i) => {
    const got = device.gpus[i];
    if (want.hashrateHs !== null) expect(close(got?.hashrateHs, want.hashrateHs), `${want.name} hashrate`).toBe(true);
    expect(got?.temperatureC).toBe(want.temperatureC);
    if (want.powerW !== null) expect(close(got?.powerW, want.powerW)).toBe(true);
    expect(got?.busId).toBe(want.busId);
  });
}

describe('read-only by construction', () => {
  it('sent nothing but allowlisted read requests (every byte the simulator received)', () => {
    const rpc = new Set<string>(RPC_READ_COMMANDS);
    for (const { port, data } of sim.received) {
      const text = data.toString('utf8');
      if (port === 4433) {
        const body = JSON.parse(data.subarray(4).toString('utf8')) as { cmd: string };
        expect(V3_READ_COMMANDS as readonly string[]).toContain(body.cmd);
      } else if (text.startsWith('GET ')) {
        expect(text).toMatch(/^GET \/[\w/.?=-]* HTTP\/1\.0\r\nHost: [\d.]+\r\nUser-Agent: RigShift-scan\r\nAccept: \*\/\*\r\nConnection: close\r\n\r\n$/);
      } else if (text.length > 0) {
        const request = JSON.parse(text) as Record<string, unknown>;
        expect(Object.keys(request)).toEqual(['command']);
        expect(rpc.has(String(request.command))).toBe(true);
      }
    }
    expect(sim.received.length).toBeGreaterThan(FAMILY_HOSTS.length);
  });
});
