import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import type { MachineIdentity } from '../../../shared/inventory/from-scans';
import { readBoundedSync } from '../files/read-bounded';

/** A machine id is 32 hex digits and a newline; anything much larger is not one. */
const MAX_MACHINE_ID_BYTES = 1024;

/**
 * This machine, as its scans and rig reports name it: the host name, and a stable id hashed from the OS machine id
 * (Linux /etc/machine-id; elsewhere the host name), so the raw machine id never leaves the machine.
 */
const MACHINE_ID_FILES = ['/etc/machine-id', '/var/lib/dbus/machine-id'];

export function machineIdentity(env: NodeJS.ProcessEnv = process.env, idFiles: readonly string[] = MACHINE_ID_FILES): MachineIdentity {
  const name = (env.RIGSHIFT_MACHINE_NAME || hostname() || 'this machine').slice(0, 80);
  let seed = env.RIGSHIFT_MACHINE_ID || '';
  for (const path of idFiles) {
    if (seed) break;
    try {
      seed = readBoundedSync(path, MAX_MACHINE_ID_BYTES).toString('utf8').trim();
    } catch {
      // not on this OS, or not a machine id (too large, not a file): try the next, then the host name
    }
  }
  return { id: createHash('sha256').update(`rigshift:${seed || name}`).digest('hex').slice(0, 16), name };
}
