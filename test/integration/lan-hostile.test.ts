import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanNetwork } from '../../electron/services/lan/scan-network';
import { FAMILIES } from '../../shared/lan/families';
import { planTargets } from '../../shared/lan/targets';
import { hostileHosts } from '../simulator/hostile';
import { startSimulator, type Simulator } from '../simulator/simulator';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator(hostileHosts());
});
afterAll(() => sim.close());

const options = { families: FAMILIES, connectTimeoutMs: 500, connectionDeadlineMs: 1500, hostDeadlineMs: 4000, concurrency: 64 };

describe('LAN scan against hostile peers', () => {
  it('completes within its deadlines, identifies none of them as miners, and closes every socket', async () => {
    const started = Date.now();
    const result = await scanNetwork(planTargets(['127.10.0.0/24']), options);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(result.stats).toMatchObject({ targets: 254, probed: 254, cancelled: false });
    expect(result.devices).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sim.openSockets()).toBe(0);
  });

  it('stops within a second when cancelled and leaves no socket open', async () => {
    const controller = new AbortController();
    const running = scanNetwork(planTargets(['127.10.0.0/24']), { ...options, signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const cancelledAt = Date.now();
    controller.abort();
    const result = await running;
    expect(Date.now() - cancelledAt).toBeLessThan(1000);
    expect(result.stats.cancelled).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sim.openSockets()).toBe(0);
  });
});
