import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanNetwork } from '../../electron/services/lan/scan-network';
import { FAMILIES } from '../../shared/lan/families';
import type { LanScanResult } from '../../shared/lan/lan-device';
import { planTargets } from '../../shared/lan/targets';
import { expectedFor, fixtureHost } from '../simulator/fixture-hosts';
import { startSimulator, type Simulator } from '../simulator/simulator';

/**
 * A busy controller answers, only late: every reply of this Braiins OS miner comes 900 ms after the request, past the
 * first pass's first byte (300 ms) and first reply (625 ms) budgets for a 500 ms connect timeout. It must be
 * identified by the second, longer pass, not dropped; a tarpit beside it is still not a miner.
 */
const SLOW_MS = 900;
const options = { families: FAMILIES, connectTimeoutMs: 500, connectionDeadlineMs: 2500, hostDeadlineMs: 6000, concurrency: 16 };

let sim: Simulator;
let result: LanScanResult;
beforeAll(async () => {
  sim = await startSimulator([
    fixtureHost('127.31.0.10', 'braiins-os', { replyDelayMs: SLOW_MS }),
    { ip: '127.31.0.11', label: 'tarpit', services: [{ port: 4028, behaviour: { type: 'tarpit' } }] },
    fixtureHost('127.31.0.12', 'antminer-s9'),
  ]);
  result = await scanNetwork(planTargets(['127.31.0.10-12']), options);
}, 60_000);
afterAll(() => sim.close());

describe('LAN scan: slow hosts get a second pass', () => {
  it('identifies a miner whose every reply is late, with its readings', () => {
    const device = result.devices.find((d) => d.ip === '127.31.0.10');
    expect(device, 'slow miner found').toBeDefined();
    const expected = expectedFor('braiins-os') as { make?: string } | null;
    expect(device?.make).toBe(expected?.make);
    expect(device?.hashrateHs ?? 0).toBeGreaterThan(0);
  });

  it('still identifies the quick miner, still refuses the tarpit, and counts every address once', () => {
    expect(result.devices.map((d) => d.ip)).toEqual(['127.31.0.10', '127.31.0.12']);
    expect(result.stats).toMatchObject({ targets: 3, probed: 3, found: 2, cancelled: false });
  });

  it('leaves no socket open', async () => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sim.openSockets()).toBe(0);
  });
});
