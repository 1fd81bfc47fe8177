import { hasRpc, webText } from './evidence';
import { activePool, field, first, num, section, str } from './read';
import type { Collected, Family } from './types';

/** Avalon `MM ID0` blob: `Key[value] Key[v1 v2 …]` pairs (cgminer 4.11.1 estats). */
export function avalonPairs(blob: string): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const match of blob.matchAll(/([A-Za-z][\w]*)\[([^\]]*)\]/g)) if (match[1] && !(match[1] in pairs)) pairs[match[1]] = (match[2] ?? '').trim();
  return pairs;
}

/** The first `MM ID<n>` blob of `stats` (Canaan's estats text; no other firmware has it). */
const mmBlob = (c: Collected): string | undefined =>
  section(c.rpc.stats, 'STATS')
    .map((s) => Object.entries(s).find(([k]) => /^MM ID\d/.test(k))?.[1])
    .find((v): v is string => typeof v === 'string');

/** `Ver[1246-83-21042001_4ec6bb0_61407fa]` → model "AvalonMiner 1246" and firmware "21042001_4ec6bb0_61407fa" (cgminer 4.11.1 estats). */
export function avalonVer(ver: string | undefined): { model: string | null; firmware: string | null } {
  const match = /^(\d{2,4}|[A-Za-z]+\d*)-\d+-(.+)$/.exec(ver?.trim() ?? '');
  return match ? { model: `AvalonMiner ${match[1]}`, firmware: match[2] ?? null } : { model: null, firmware: null };
}

/**
 * Canaan AvalonMiner: PROD "AvalonMiner 1246-83" → "AvalonMiner 1246"; wall power from WALLPOWER, else PS[…] last field.
 * Some units answer `stats` only (no version/summary/devs): the `MM ID0` blob then names the model (`Ver[…]`) and rate.
 */
export const avalon: Family = {
  id: 'avalon',
  kind: 'asic',
  make: 'Canaan',
  matches: (c) => hasRpc(c, 'AVALON') || /AVALON/.test(webText(c)) || mmBlob(c) !== undefined,
  rpc: ['summary', 'devs', 'pools', 'stats'],
  http: [],
  parse: (c) => {
    const version = first(c.rpc.version, 'VERSION');
    const blob = mmBlob(c);
    const mm = blob ? avalonPairs(blob) : {};
    const ver = avalonVer(mm.Ver);
    const prod = str(field(version, 'PROD')) ?? str(field(version, 'MODEL')) ?? ver.model;
    const summary = first(c.rpc.summary, 'SUMMARY');
    const devsMhs = section(c.rpc.devs, 'DEVS').reduce<number | null>((sum, d) => { const v = num(field(d, 'MHS 1m', 'MHS av')); return v === null ? sum : (sum ?? 0) + v; }, null);
    const ghsSpeed = num(mm.GHSspd) ?? num(mm.GHSmm);
    const mhs = num(field(summary, 'MHS 1m', 'MHS av')) ?? devsMhs ?? (ghsSpeed === null ? null : ghsSpeed * 1e3);
    const ps = (mm.PS ?? '').split(/\s+/).map(Number).filter(Number.isFinite);
    const wall = num(mm.WALLPOWER) ?? (ps.length >= 7 ? (ps[6] ?? null) : null);
    const boardMax = (mm.MTmax ?? '').split(/\s+/).map(Number).filter((t) => Number.isFinite(t) && t > 0);
    return {
      model: prod ? prod.replace(/-\d+$/, '').trim() : null,
      firmware: str(field(version, 'VERSION')) ?? ver.firmware,
      hashrateHs: mhs === null ? null : mhs * 1e6,
      powerWatts: wall,
      temperaturesC: boardMax.length ? boardMax : [num(mm.TMax)].filter((t): t is number => t !== null && t > 0),
      fans: Object.keys(mm)
        .filter((k) => /^Fan\d$/.test(k))
        .map((k) => num(mm[k]) ?? 0)
        .filter((rpm) => rpm > 0),
      uptimeS: num(field(summary, 'Elapsed')) ?? num(mm.Elapsed) ?? num(field(section(c.rpc.stats, 'STATS')[0], 'Elapsed')),
      pool: activePool(c.rpc.pools),
      algorithm: 'sha256',
    };
  },
};
