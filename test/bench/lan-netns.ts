/**
 * The LAN bench's private network: a network namespace created and removed here, whose loopback carries
 * 127.77.0.0/16. Simulated miners, tarpits and drips listen on a few addresses; every other address drops SYNs
 * (iptables DROP), so those hosts are silent like switched-off machines. Nothing leaves the namespace.
 */
import { execFileSync, spawnSync } from 'node:child_process';

export const PREFIX = '127.77.0';
const LIVE = Array.from({ length: 38 }, (_, i) => `${PREFIX}.${10 + i}`);

export const has = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

export interface BenchNet {
  /** Prefix for a command run inside the network (empty when the fallback runs on this machine's loopback). */
  exec: string[];
  label: string;
  prefix: string;
  tearDown: () => void;
}

/** The namespace, or why it could not be made: the bench then falls back to 127.78.0.x on this machine's loopback. */
export function benchNet(): BenchNet {
  const ns = `rigshift-bench-${process.pid}`;
  const why = process.getuid?.() !== 0 ? 'not root' : !has('ip') ? 'iproute2 missing' : !has('iptables') ? 'iptables missing' : null;
  if (why === null) {
    try {
      execFileSync('ip', ['netns', 'add', ns], { stdio: 'ignore' });
      const inNs = (args: string[]): void => void execFileSync('ip', ['netns', 'exec', ns, ...args], { stdio: 'ignore' });
      try {
        inNs(['ip', 'link', 'set', 'lo', 'up']);
        for (const ip of LIVE) inNs(['iptables', '-A', 'INPUT', '-p', 'tcp', '--syn', '-d', ip, '-j', 'ACCEPT']);
        inNs(['iptables', '-A', 'INPUT', '-p', 'tcp', '--syn', '-d', `${PREFIX.split('.').slice(0, 2).join('.')}.0.0/16`, '-j', 'DROP']);
      } catch (error) {
        spawnSync('ip', ['netns', 'del', ns]);
        throw error;
      }
      return { exec: ['ip', 'netns', 'exec', ns], label: `network namespace ${ns}`, prefix: PREFIX, tearDown: () => void spawnSync('ip', ['netns', 'del', ns]) };
    } catch (error) {
      return fallback(`namespace could not be made: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  return fallback(why);
}

const fallback = (why: string): BenchNet => ({
  exec: [],
  label: `FALLBACK on this machine's loopback (${why}): no silent hosts, unused addresses refuse at once`,
  prefix: '127.78.0',
  tearDown: () => undefined,
});
