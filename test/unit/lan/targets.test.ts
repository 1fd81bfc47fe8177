import { describe, expect, it } from 'vitest';
import { classifyIpv4, parseIpv4 } from '../../../shared/lan/ipv4';
import { addresses, parseTarget, planTargets, subnetFor } from '../../../shared/lan/targets';

describe('LAN targets', () => {
  it('parses CIDRs (without network and broadcast), ranges, short ranges and single addresses', () => {
    expect(parseTarget('192.168.1.0/24')).toMatchObject({ first: parseIpv4('192.168.1.1'), last: parseIpv4('192.168.1.254') });
    expect(parseTarget('10.0.0.5-10.0.0.80')).toMatchObject({ first: parseIpv4('10.0.0.5'), last: parseIpv4('10.0.0.80') });
    expect(parseTarget('10.0.0.5-80')).toMatchObject({ last: parseIpv4('10.0.0.80') });
    expect(parseTarget('10.0.0.7')).toMatchObject({ first: parseIpv4('10.0.0.7'), last: parseIpv4('10.0.0.7') });
    expect(parseTarget('10.0.0.7/32')).toMatchObject({ first: parseIpv4('10.0.0.7'), last: parseIpv4('10.0.0.7') });
  });

  it('refuses nonsense and anything larger than a /16 with a clear message', () => {
    for (const bad of ['', 'router', '10.0.0.256', '10.0.0.0/33', '10.0.0.9-10.0.0.1', '1.2.3', '10.0.0.0/8', '10.0.0.0-10.2.0.0']) expect(typeof parseTarget(bad)).toBe('string');
    expect(parseTarget('10.0.0.0/8')).toMatch(/larger than a \/16/);
  });

  it('asks for confirmation above a /22 and for public addresses, but not for private, loopback or a /22', () => {
    expect(planTargets(['192.168.0.0/22'])).toMatchObject({ large: false, publicSpecs: [], errors: [] });
    expect(planTargets(['10.0.0.0/21']).large).toBe(true);
    expect(planTargets(['8.8.8.0/30']).publicSpecs).toEqual(['8.8.8.0/30']);
    expect(planTargets(['100.64.0.1']).publicSpecs).toEqual(['100.64.0.1']);
    expect(planTargets(['127.0.0.0/24']).publicSpecs).toEqual([]);
    expect(planTargets(['224.0.0.1']).errors[0]).toMatch(/multicast/);
  });

  it('counts overlapping targets once and lists every address once', () => {
    const plan = planTargets(['10.0.0.0/30', '10.0.0.1-10.0.0.3', '10.0.0.2']);
    expect(plan.total).toBe(3);
    expect([...addresses(plan)]).toEqual(['10.0.0.1', '10.0.0.2', '10.0.0.3']);
  });

  it('turns an interface address into its /24 (or smaller subnet) and classifies addresses', () => {
    expect(subnetFor('192.168.1.37', 16)).toBe('192.168.1.0/24');
    expect(subnetFor('10.1.2.3', 28)).toBe('10.1.2.0/28');
    expect(classifyIpv4(parseIpv4('172.20.1.1') ?? 0)).toBe('private');
    expect(classifyIpv4(parseIpv4('172.32.1.1') ?? 0)).toBe('public');
  });
});
