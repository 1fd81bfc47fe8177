import { networkInterfaces } from 'node:os';
import { classifyIpv4, parseIpv4 } from '../../../shared/lan/ipv4';
import { subnetFor } from '../../../shared/lan/targets';

const prefixOf = (netmask: string): number => (parseIpv4(netmask) ?? 0).toString(2).replace(/0+$/, '').length;

/** The host's own private IPv4 subnets: a /24 around each address, or the interface's subnet when smaller. */
export function localSubnets(interfaces = networkInterfaces()): string[] {
  const subnets = new Set<string>();
  for (const list of Object.values(interfaces)) {
    for (const info of list ?? []) {
      if (info.family !== 'IPv4' || info.internal) continue;
      const ip = parseIpv4(info.address);
      if (ip === null || classifyIpv4(ip) !== 'private') continue;
      const subnet = subnetFor(info.address, prefixOf(info.netmask));
      if (subnet) subnets.add(subnet);
    }
  }
  return [...subnets];
}
