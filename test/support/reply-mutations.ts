import { MAX_REPLY_DEPTH, MAX_REPLY_ELEMENTS } from '../../shared/lan/reply-bounds';
import { nested, wideArray } from './json-shape';

// Mutations of recorded miner replies, shared by the parser fuzz tests and `npm run bench` (no test framework here).

/** Deterministic PRNG (mulberry32) so a failure can be replayed. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY = ['"', '}', '{', ']', '[', ',', ':', '\u0000', '\n', 'null', '-1', '1e308', 'NaN', '"inf"', '<script>alert(1)</script>', '\u001b[2J', '\u202e', '9'.repeat(40), '[]', '{}'];

/** One random mutation of a reply: flip, delete, insert, truncate, duplicate, swap a value's type, nest it deep or make it wide. */
export function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * Math.max(1, text.length));
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  switch (Math.floor(random() * 9)) {
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
    case 7: {
      const depth = pick([MAX_REPLY_DEPTH - 1, MAX_REPLY_DEPTH, MAX_REPLY_DEPTH + 1, 1 + Math.floor(random() * 200), 5000]);
      return text.replace(/:\s*(-?\d+(?:\.\d+)?|"[^"]*"|true|false)/, `:${nested(depth)}`);
    }
    case 8:
      return text.replace(/:\s*(-?\d+(?:\.\d+)?|"[^"]*"|true|false)/, `:${wideArray(MAX_REPLY_ELEMENTS - 1 + Math.floor(random() * 500))}`);
    default:
      return text.replace(/"[A-Za-z][\w %.]*"\s*:/, `"${pick(['STATUS', 'Type', 'GHS 5s', 'MHS 1m', 'Elapsed', '__proto__', 'constructor'])}":`);
  }
}

