import { readFileSync } from 'node:fs';

/** Sockets kept free for everything else the process does (settings, IPC, the serve mode's clients). */
const RESERVE = 256;
/** Each host has at most two connections open at a time (scan-host.ts). */
const SOCKETS_PER_HOST = 2;
const DEFAULT_HOSTS = 1024;

/** This process's soft limit on open files (Linux: /proc/self/limits); 1024, the usual default, where unknown. */
export function openFileLimit(read = (): string => readFileSync('/proc/self/limits', 'utf8')): number {
  try {
    const soft = /^Max open files\s+(\d+|unlimited)/m.exec(read())?.[1];
    if (soft === 'unlimited') return 65_536;
    if (soft) return Number(soft);
  } catch {
    // not Linux
  }
  return 1024;
}

/**
 * How many hosts a scan probes at once: 1024 unless asked (a /24 all at once; more than that at once costs more time
 * in the event loop than it saves: a /20 with 4096 at once timed out its own miners), never more than the open-file
 * limit allows, never more than 4096.
 */
export function hostConcurrency(requested: number | undefined, limit = openFileLimit()): number {
  const byFiles = Math.max(16, Math.floor((limit - RESERVE) / SOCKETS_PER_HOST));
  return Math.min(requested ?? DEFAULT_HOSTS, byFiles, 4096);
}
