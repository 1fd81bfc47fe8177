import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../../shared/lan/families';
import { finaliseDevice } from '../../shared/lan/finalise';
import { LanDeviceSchema } from '../../shared/lan/lan-device';
import { MAX_REPLY_DEPTH, MAX_REPLY_ELEMENTS, tooDeep } from '../../shared/lan/reply-bounds';
import type { Collected } from '../../shared/lan/families/types';
import { collect, rawReplies, type RawReply } from './collected-from-fixture';
import { jsonShape, nested } from './json-shape';
import { mutate, rng } from './reply-mutations';
import { GPU_MINER_FIXTURES, MINER_FIXTURES } from '../simulator/fixture-hosts';

const ITERATIONS = 10_000;
/** ePIC answers HTTP on 4028. */
const PORTS: Record<string, number> = { 'epic-sc1': 4028 };
/** Identifiable only after a web login RigShift does not make (see its SOURCES.md): fuzzed, but not expected to be identified. */
const NEEDS_LOGIN = new Set(['iceriver']);

/** A miner reply nested 100,000 levels deep (issue #19: it overflowed JSON.stringify in a family's matcher). */
const DEEP = nested(100_000);

const dirsOf = (root: string): string[] => readdirSync(root).map((name) => join(root, name)).filter((dir) => statSync(dir).isDirectory() && rawReplies(dir).length > 0);

/** Every parsed reply in a collection: the scanner's parse results, which families and JSON.stringify walk. */
const parsedReplies = (c: Collected): unknown[] => [...Object.values(c.rpc), ...Object.values(c.v3), ...Object.values(c.web).map((reply) => reply?.json)];

/** The replies a scanner must refuse as too deep: every RPC/v3 reply, an HTTP body when it looks like JSON. */
const mustRefuse = (reply: RawReply): boolean => tooDeep(reply.text) && (reply.kind !== 'http' || /^\s*[[{]/.test(reply.text));

const hasDeepWarning = (codes: Array<{ code: string }> | undefined): boolean => (codes ?? []).some((m) => m.code === 'reply-too-deep');

/** Declares the fuzz tests of each fixture folder under `root` (one file per root, so Vitest runs them in parallel). */
export function fuzzFixtures(root: 'miners' | 'gpu-miners'): void {
  const fixtureDirs = dirsOf(root === 'miners' ? MINER_FIXTURES : GPU_MINER_FIXTURES);
  describe.each(fixtureDirs.map((dir) => [dir.split('/').slice(-1)[0], dir] as const))('parser fuzzing: %s', (_name, dir) => {
  it(`survives ${ITERATIONS} mutated replies: no exception escapes, every result is schema-valid and within the reply bounds`, () => {
    const random = rng(dir.length * 7919);
    const replies = rawReplies(dir);
    let identified = 0;
    let refused = 0;
    let cut = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const mutated: RawReply[] = replies.map((r) => (random() < 0.5 ? { ...r, text: mutate(mutate(r.text, random), random) } : r));
      const c = collect(mutated, PORTS[_name ?? '']);
      // Depth: a reply nested deeper than the bound is refused unread, and named; nothing deeper is ever kept.
      for (const reply of mutated) if (mustRefuse(reply)) expect(c.tooDeep).toContain(reply.key);
      refused += c.tooDeep?.length ?? 0;
      for (const json of parsedReplies(c)) {
        const shape = jsonShape(json);
        expect(shape.depth).toBeLessThanOrEqual(MAX_REPLY_DEPTH);
        // Elements: arrays and objects are cut to the cap.
        expect(shape.widest).toBeLessThanOrEqual(MAX_REPLY_ELEMENTS);
        if (shape.widest === MAX_REPLY_ELEMENTS) cut++;
      }
      // Bytes: the raw text kept per reply is bounded whatever the reply's size.
      for (const text of Object.values(c.rpcText)) expect(text.length).toBeLessThanOrEqual(4096);
      for (const reply of Object.values(c.web)) expect(reply?.body.length).toBeLessThanOrEqual(64 * 1024);
      const family = FAMILIES.find((f) => f.matches(c));
      if (family) {
        const device = finaliseDevice(c, family);
        expect(LanDeviceSchema.safeParse(device).success).toBe(true);
        if ((c.tooDeep?.length ?? 0) > 0) expect(hasDeepWarning(device.warningCodes)).toBe(true);
        identified++;
      }
    }
    // The bounds were reached, not merely never approached (where the fixture has a JSON reply to mutate).
    if (replies.some((r) => /^\s*[[{]/.test(r.text))) {
      expect(refused).toBeGreaterThan(0);
      expect(cut).toBeGreaterThan(0);
    }
    if (!NEEDS_LOGIN.has(_name ?? '')) expect(identified).toBeGreaterThan(ITERATIONS / 10);
  }, 120_000);

  it('refuses each reply nested 100,000 levels deep by name, and an identified device carries the note', () => {
    const replies = rawReplies(dir);
    for (const [i, reply] of replies.entries()) {
      const c = collect(replies.map((r, j) => (j === i ? { ...r, text: `{"deep":${DEEP}}` } : r)), PORTS[_name ?? '']);
      expect(c.tooDeep).toEqual([reply.key]);
      expect(parsedReplies(c).every((json) => jsonShape(json).depth <= MAX_REPLY_DEPTH)).toBe(true);
      const family = FAMILIES.find((f) => f.matches(c));
      if (family) expect(finaliseDevice(c, family).warnings).toContain(`Reply nested deeper than ${MAX_REPLY_DEPTH} levels; not read (${reply.key})`);
    }
  });
  });
}
