import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FAMILIES } from '../../shared/lan/families';
import { finaliseDevice } from '../../shared/lan/finalise';
import { GPU_MINER_FIXTURES, MINER_FIXTURES } from '../simulator/fixture-hosts';
import { collect, rawReplies } from '../support/collected-from-fixture';
import { mutate, rng } from '../support/reply-mutations';

const ITERATIONS = 10_000;

/**
 * The parse time of mutated miner replies (the fuzz tests' mutations: collect, identify, finalise), per recorded family:
 * a figure to watch, never a test assertion (the fuzz tests assert the bounds on bytes, depth and elements instead).
 */
export function parserBench(): void {
  const times: number[] = [];
  let slowest = { ms: 0, family: '' };
  for (const root of [MINER_FIXTURES, GPU_MINER_FIXTURES]) {
    for (const name of readdirSync(root)) {
      const dir = join(root, name);
      if (!statSync(dir).isDirectory()) continue;
      const replies = rawReplies(dir);
      if (replies.length === 0) continue;
      const random = rng(dir.length * 7919);
      for (let i = 0; i < ITERATIONS; i++) {
        const mutated = replies.map((r) => (random() < 0.5 ? { ...r, text: mutate(mutate(r.text, random), random) } : r));
        const started = process.hrtime.bigint();
        const c = collect(mutated, name === 'epic-sc1' ? 4028 : 80);
        const family = FAMILIES.find((f) => f.matches(c));
        if (family) finaliseDevice(c, family);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        times.push(ms);
        if (ms > slowest.ms) slowest = { ms, family: name };
      }
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(times.length * q))] ?? 0;
  console.log(`miner-reply parse (${times.length} mutated reply sets): median ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms, slowest ${slowest.ms.toFixed(1)} ms (${slowest.family})`);
}
