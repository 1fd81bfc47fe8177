// The demo replays real captured miner replies and a recorded GPU rig, so it borrows the test simulator and fakes
// (test/simulator, test/fakes) rather than keeping a second copy of them: it is the same replay, shown to a person.
import { fixtureHost, type FixtureOptions } from '../../test/simulator/fixture-hosts';
import type { SimHost } from '../../test/simulator/simulator';

/** The demo LAN: a /24 inside 127.0.0.0/8 (loopback only; Linux answers on every 127/8 address). */
export const DEMO_NET = '127.61.0';
export const DEMO_RANGE = `${DEMO_NET}.0/24`;
/** The recorded GPU rig whose nvidia-smi and lspci replies the local scan reads. */
export const DEMO_RIG = 'rig-6x-rtx3070-x1';

const FLEET: Array<[string, FixtureOptions?]> = [
  ['antminer-s19pro'],
  ['whatsminer-v2', { keepOpen: true, nul: false }],
  ['avalon-1246'],
  ['antminer-l3plus'],
  ['braiins-os'],
  ['luxos'],
  ['t-rex'],
  ['teamredminer'],
  ['nbminer'],
  ['bitaxe'],
];

/** Only loopback: an address outside 127.0.0.0/8 is refused before anything listens. */
export function assertLoopback(ip: string): string {
  if (!/^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(ip) || ip.split('.').some((part) => Number(part) > 255)) throw new Error(`demo: ${ip} is not a loopback address`);
  return ip;
}

/**
 * The simulated miners, one per address from .10 up. Without root, ports below 1024 cannot be opened: those services
 * (a web page on port 80) are left out, and a host with nothing left is skipped.
 */
export function demoHosts(privileged: boolean): SimHost[] {
  return FLEET.flatMap(([folder, options], i) => {
    const host = fixtureHost(assertLoopback(`${DEMO_NET}.${i + 10}`), folder, options);
    const services = privileged ? host.services : host.services.filter((s) => s.port >= 1024);
    return services.length > 0 ? [{ ...host, services }] : [];
  });
}
