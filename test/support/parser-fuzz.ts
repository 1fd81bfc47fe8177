import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../../shared/lan/families';
import { finaliseDevice } from '../../shared/lan/finalise';
import { LanDeviceSchema } from '../../shared/lan/lan-device';
import { collect, rawReplies, type RawReply } from './collected-from-fixture';
import { GPU_MINER_FIXTURES, MINER_FIXTURES } from '../simulator/fixture-hosts';

const ITERATIONS = 10_000;
/** ePIC answers HTTP on 4028. */
const PORTS: Record<string, number> = { 'epic-sc1': 4028 };
/** Identifiable only after a web login RigShift does not make (see its SOURCES.md): fuzzed, but not expected to be identified. */
const NEEDS_LOGIN = new Set(['iceriver']);

/** Deterministic PRNG (mulberry32) so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY = ['"', '}', '{', ']', '[', ',', ':', '\u0000', '\n', 'null', '-1', '1e308', 'NaN', '"inf"', '<script>alert(1)</script>', '\u001b[2J', '\u202e', '9'.repeat(40), '[]', '{}'];

/** One random mutation of a reply: flip, delete, insert, truncate, duplicate, or swap a value's type. */
function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * Math.max(1, text.length));
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  switch (Math.floor(random() * 7)) {
    case 0:
      return text.slice(0, at) + String.fromCharCode(Math.floor(random() * 256)) + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 20));
    case 2:
      return text.slice(0, at) + pick(NASTY) + text.slice(at);
    case 3:
      return text.slice(0, at);
    case 4:
      return text.slice(0, at) + text.slice(at, at + 200).repeat(1 + Math.floor(random() * 5)) + text.slice(at);
    case 5:
      return text.replace(/:\s*(-?\d+(?:\.\d+)?|"[^"]*"|true|false)/, `:${pick(NASTY)}`);
    default:
      return text.replace(/"[A-Za-z][\w %.]*"\s*:/, `"${pick(['STATUS', 'Type', 'GHS 5s', 'MHS 1m', 'Elapsed', '__proto__', 'constructor'])}":`);
  }
}

const dirsOf = (root: string): string[] => readdirSync(root).map((name) => join(root, name)).filter((dir) => statSync(dir).isDirectory() && rawReplies(dir).length > 0);

/** Declares one fuzz test per fixture folder under `root` (one file per root, so Vitest runs them in parallel). */
export function fuzzFixtures(root: 'miners' | 'gpu-miners'): void {
  const fixtureDirs = dirsOf(root === 'miners' ? MINER_FIXTURES : GPU_MINER_FIXTURES);
  describe.each(fixtureDirs.map((dir) => [dir.split('/').slice(-1)[0], dir] as const))('parser fuzzing: %s', (_name, dir) => {
  it(`survives ${ITERATIONS} mutated replies: no exception escapes, every result is schema-valid, each parse is bounded`, () => {
    const random = rng(dir.length * 7919);
    const replies = rawReplies(dir);
    let slowest = 0;
    let identified = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const mutated: RawReply[] = replies.map((r) => (random() < 0.5 ? { ...r, text: mutate(mutate(r.text, random), random) } : r));
      const started = performance.now();
      const c = collect(mutated, PORTS[_name ?? '']);
      const family = FAMILIES.find((f) => f.matches(c));
      if (family) {
        const device = finaliseDevice(c, family);
        expect(LanDeviceSchema.safeParse(device).success).toBe(true);
        identified++;
      }
      slowest = Math.max(slowest, performance.now() - started);
    }
    expect(slowest).toBeLessThan(250);
    if (!NEEDS_LOGIN.has(_name ?? '')) expect(identified).toBeGreaterThan(ITERATIONS / 10);
  }, 120_000);
  });
}
