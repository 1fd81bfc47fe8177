import { chmodSync, copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = join(here, '..', 'fixtures', 'hardware');

export type NvidiaSmiMode = 'hang' | 'driver-failure' | 'old-driver' | 'lost-gpu';

export interface FakeMachine {
  /** Environment for a scan: PATH with the fakes first, the fixture folder, and the folder standing in for /sys. */
  env: NodeJS.ProcessEnv;
  sysfsRoot: string;
  fixture: string;
  cleanup(): void;
}

/**
 * A temporary bin folder holding only the tools the recorded machine had: nvidia-smi when the fixture has an
 * nvidia-smi capture (or a failure mode is asked for), lspci when it has an lspci capture.
 */
export function fakeMachine(scenario: string, mode?: NvidiaSmiMode): FakeMachine {
  const fixture = join(FIXTURES, scenario);
  const bin = mkdtempSync(join(tmpdir(), `rigshift-bin-${scenario}-`));
  const wrap = (name: string, script: string): void => {
    const path = join(bin, name);
    writeFileSync(path, `#!/bin/sh\nexec "${process.execPath}" "${join(here, script)}" "$@"\n`);
    chmodSync(path, 0o755);
  };
  if (existsSync(join(fixture, 'nvidia-smi.csv')) || mode) wrap('nvidia-smi', 'fake-nvidia-smi.cjs');
  if (existsSync(join(fixture, 'lspci-vvv.txt'))) wrap('lspci', 'fake-lspci.cjs');
  let replay = fixture;
  if (mode) {
    // The mode lives beside a copy of the captures so the recorded folder is never modified.
    replay = mkdtempSync(join(tmpdir(), `rigshift-fixture-${scenario}-`));
    for (const file of ['nvidia-smi.csv', 'lspci-vvv.txt']) if (existsSync(join(fixture, file))) copyFileSync(join(fixture, file), join(replay, file));
    writeFileSync(join(replay, 'nvidia-smi.mode'), mode);
  }
  const sysfsRoot = join(fixture, 'sysfs');
  return {
    env: { ...process.env, PATH: `${bin}:/usr/bin:/bin`, RIGSHIFT_FIXTURE: replay, RIGSHIFT_SYSFS_ROOT: sysfsRoot },
    sysfsRoot,
    fixture,
    cleanup() {
      rmSync(bin, { recursive: true, force: true });
      if (replay !== fixture) rmSync(replay, { recursive: true, force: true });
    },
  };
}
