import { asicCatalogue } from '../../catalogue/asic-catalogue';
import { field, first, isObj, num, str, type Obj } from './read';
import type { Collected, Parsed } from './types';

/**
 * Innosilicon's sgminer 4.4.2 fork (A9 ZMaster, 2018 firmware) numbers its sections: `STATS0`, `STATS1`… one per
 * hashboard, `POOL0`, `POOL1`… (foremanmining/foreman-apps InnosiliconA9ITest, a9_old.json). Its "MHS" fields hold
 * Sol/s whatever the label: three boards of "MHS av" 16500 make the A9's 49.5 kSol/s.
 */
export const numberedSections = (reply: unknown, name: 'STATS' | 'POOL'): Obj[] =>
  isObj(reply)
    ? Object.keys(reply)
        .filter((k) => new RegExp(`^${name}\\d+$`).test(k))
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
        .flatMap((k) => { const v = reply[k]; return Array.isArray(v) ? v.filter(isObj) : isObj(v) ? [v] : []; })
    : [];

/** The hashboards of the numbered layout (the trailing pool-statistics entries carry no chips). */
const boards = (c: Collected): Obj[] => numberedSections(c.rpc.stats, 'STATS').filter((s) => 'Num chips' in s || 'MHS av' in s);

export const isInnosiliconSgminer = (c: Collected): boolean => boards(c).length > 0;

/**
 * The sgminer-based Innosilicon line (Equihash): the firmware names no model, so a catalogue Innosilicon Equihash
 * machine whose nameplate the measured rate is within a third of is named, or none. Only catalogue entries, with
 * their sources, are used (today the A9 ZMaster, 50 kSol/s): a faster bin the catalogue lacks stays unnamed.
 */
const SGMINER_LINES = asicCatalogue.filter((a) => a.make === 'Innosilicon' && a.algorithm === 'equihash');

export function sgminerModel(solS: number | null): string | null {
  if (solS === null || solS <= 0) return null;
  const near = SGMINER_LINES.map((a) => [a.name, Math.abs(Math.log(solS / a.hashrateHs))] as const).sort((a, b) => a[1] - b[1])[0];
  return near && near[1] < Math.log(1.33) ? near[0] : null;
}

export function parseInnosiliconSgminer(c: Collected): Parsed {
  const rates = boards(c).map((b) => num(field(b, 'MHS av', 'MHS 5s'))).filter((r): r is number => r !== null && r >= 0);
  const summary = first(c.rpc.summary, 'SUMMARY');
  const solS = num(field(summary, 'MHS 5s', 'MHS 1m', 'MHS av')) ?? (rates.length ? rates.reduce((a, b) => a + b, 0) : null);
  const pools = numberedSections(c.rpc.pools, 'POOL');
  const alive = pools.filter((p) => /alive/i.test(str(field(p, 'Status')) ?? '')).sort((a, b) => (num(field(a, 'Priority')) ?? 99) - (num(field(b, 'Priority')) ?? 99));
  return {
    model: sgminerModel(solS),
    firmware: str(field(first(c.rpc.stats, 'STATUS'), 'Description')),
    hashrateHs: solS,
    powerWatts: null,
    temperaturesC: boards(c).map((b) => num(field(b, 'Temp'))).filter((t): t is number => t !== null && t > 0),
    fans: [],
    uptimeS: num(field(summary, 'Elapsed')),
    pool: str(field(alive[0] ?? pools[0], 'URL')),
    algorithm: 'equihash',
  };
}
