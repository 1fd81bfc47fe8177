import type { HttpReadPath } from '../read-commands';
import type { LanGpu } from '../lan-device';
import { isObj, type Obj } from './read';
import type { Collected, Parsed } from './types';

const hex2 = (n: number): string => n.toString(16).padStart(2, '0');
/** PCI bus as miners report it: a decimal bus number (T-Rex, NBMiner, SRBMiner), "11:0" (lolMiner), "0b:0" (Rigel), "03:00:0" (TeamRedMiner). */
export const busId = (bus: number | null, domain = 0): string | null => (bus === null ? null : `${domain.toString(16).padStart(4, '0')}:${hex2(bus)}:00.0`);
export const busFromText = (text: string | null, radix: 10 | 16): string | null => {
  const match = /^([0-9a-f]+)[:.]([0-9a-f]+)(?:[:.]([0-7]))?$/i.exec(text ?? '');
  return match?.[1] ? `0000:${hex2(parseInt(match[1], radix))}:${hex2(parseInt(match[2] ?? '0', radix))}.${match[3] ?? '0'}` : null;
};

/** The JSON body of one HTTP path ({} when absent or not an object). */
export const body = (c: Collected, path: HttpReadPath): Obj => {
  const json = c.web[path]?.json;
  return isObj(json) ? json : {};
};
export const list = (value: unknown): Obj[] => (Array.isArray(value) ? value.filter(isObj) : []);
export const sum = (values: Array<number | null>): number | null => (values.some((v) => v !== null) ? values.reduce<number>((a, v) => a + (v ?? 0), 0) : null);
/** GPU miners report 0 W for a card they cannot read (lolMiner 1.x on older drivers, GMiner 1.x): not a reading. */
export const watts = (value: number | null): number | null => (value !== null && value > 0 ? value : null);

/** One rig's parsed result: rig totals from the miner when it reports them, else the sums of its GPUs. */
export function rig(miner: string, version: string | null, algorithm: string | null, gpus: LanGpu[], extra: Partial<Parsed>): Parsed {
  return {
    model: null,
    firmware: version ? `${miner} ${version}` : miner,
    hashrateHs: extra.hashrateHs ?? sum(gpus.map((g) => g.hashrateHs)),
    powerWatts: extra.powerWatts ?? sum(gpus.map((g) => g.powerW)),
    temperaturesC: gpus.map((g) => g.temperatureC).filter((t): t is number => t !== null),
    fans: extra.fans ?? [],
    uptimeS: extra.uptimeS ?? null,
    pool: extra.pool ?? null,
    algorithmName: algorithm,
    algorithm: /^(ethash|etchash)$/i.test(algorithm ?? '') ? 'etchash' : algorithm ? 'other' : null,
    miner,
    gpus,
  };
}
