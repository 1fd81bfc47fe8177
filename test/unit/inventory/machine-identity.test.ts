import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { machineIdentity } from '../../../electron/services/inventory/machine-identity';

const dir = mkdtempSync(join(tmpdir(), 'rigshift-machine-id-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const idOf = (seed: string): string => createHash('sha256').update(`rigshift:${seed}`).digest('hex').slice(0, 16);
const env = { RIGSHIFT_MACHINE_NAME: 'rig-a' };

describe('machine identity', () => {
  it('hashes the first machine id file that holds one', () => {
    const file = join(dir, 'machine-id');
    writeFileSync(file, '0123456789abcdef0123456789abcdef\n');
    expect(machineIdentity(env, [join(dir, 'missing'), file])).toEqual({ id: idOf('0123456789abcdef0123456789abcdef'), name: 'rig-a' });
  });

  it('skips an oversized file and a device without reading them whole, falling back to the host name', () => {
    const big = join(dir, 'big-id');
    writeFileSync(big, 'a'.repeat(5000));
    const files = existsSync('/dev/zero') ? [big, '/dev/zero'] : [big];
    expect(machineIdentity(env, files)).toEqual({ id: idOf('rig-a'), name: 'rig-a' });
  });
});
