import { describe, expect, it } from 'vitest';
import { assertLoopback, DEMO_RANGE, demoHosts } from '../../../electron/demo/demo-fleet';

describe('demo fleet', () => {
  it('listens only on loopback, with at least five miners even without root', () => {
    const hosts = demoHosts(false);
    expect(hosts.length).toBeGreaterThanOrEqual(5);
    for (const host of hosts) {
      expect(host.ip).toMatch(/^127\./);
      for (const service of host.services) expect(service.port).toBeGreaterThanOrEqual(1024);
    }
    expect(DEMO_RANGE).toMatch(/^127\.\d+\.\d+\.0\/24$/);
  });

  it('refuses any address outside 127.0.0.0/8', () => {
    for (const ip of ['10.0.0.1', '192.168.1.10', '0.0.0.0', '127.0.0.256', '128.0.0.1', '127.1.1']) expect(() => assertLoopback(ip)).toThrow(/not a loopback/);
    expect(assertLoopback('127.61.0.10')).toBe('127.61.0.10');
  });
});
