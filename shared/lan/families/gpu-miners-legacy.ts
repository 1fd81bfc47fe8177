import { body, busFromText, busId, list, rig, watts } from './gpu-rig';
import { isObj, num, str, unitScale, type Obj } from './read';
import type { Family, Parsed } from './types';

/**
 * Older GPU-miner API generations (test/fixtures/gpu-miners/PORTS.md and each folder's SOURCES.md): the same miner,
 * the same port and path, other field names.
 */

/** A rate unit as miners name it ("mh/s", "H/s", "sol/s", "G/s"): Sol/s and graphs/s are counted as they are, like H/s. */
const rateScale = (unit: string | null): number => unitScale(unit) ?? 1;

/** lolMiner 1.0–1.3x `/summary`: `Session.Performance_Summary` in `Session.Performance_Unit`, cards in `GPUs[]` (issue #74 of Lolliedieb/lolMiner-releases). */
export function lolminerLegacy(s: Obj): Parsed | null {
  const session = isObj(s.Session) ? s.Session : null;
  if (!session || !Array.isArray(s.GPUs)) return null;
  const scale = rateScale(str(session.Performance_Unit));
  const rate = (v: unknown): number | null => { const n = num(v); return n === null ? null : n * scale; };
  const gpus = list(s.GPUs).map((g) => ({
    name: str(g.Name) ?? 'GPU',
    hashrateHs: rate(g.Performance),
    temperatureC: num(g['Temp (deg C)']),
    powerW: watts(num(g['Consumption (W)'])),
    busId: busFromText(str(g.PCIE_Address), 10),
  }));
  const mining = isObj(s.Mining) ? s.Mining : {};
  const stratum = isObj(s.Stratum) ? s.Stratum : {};
  return rig('lolMiner', str(s.Software)?.replace(/^lolMiner\s*/i, '') ?? null, str(mining.Algorithm), gpus, {
    hashrateHs: rate(session.Performance_Summary),
    powerWatts: watts(num(session.TotalPower)),
    uptimeS: num(session.Uptime),
    pool: str(stratum.Current_Pool),
  });
}

/** GMiner 1.x `/stat` names no version (`miner` came with 2.x): known by its device fields and the pool it reports. */
export const isGminerLegacy = (s: Obj): boolean =>
  !('miner' in s) && typeof s.server === 'string' && list(s.devices).some((d) => 'speed' in d && ('cuda_id' in d || 'gpu_id' in d));

/** GMiner `speed` is in `speed_unit` when given (2.x+); 1.x has none and reports Equihash in Sol/s. */
export const gminerSpeedScale = (s: Obj): number => rateScale(str(s.speed_unit));

/** SRBMiner (the CryptoNight miner before SRBMiner-MULTI, 1.6.x, 2018): GET / with `devices[]` and one `hashrate` per card. */
export const srbminerCn: Family = {
  id: 'srbminer-cn',
  kind: 'gpu-rig',
  make: 'SRBMiner',
  matches: (c) => {
    const s = body(c, '/');
    return 'miner_version' in s && !('gpu_devices' in s) && Array.isArray(s.devices) && ('cryptonight_type' in s || 'hashrate_total_now' in s);
  },
  rpc: [],
  http: [],
  parse: (c) => {
    const s = body(c, '/');
    const gpus = list(s.devices).map((d) => ({ name: str(d.model) ?? 'GPU', hashrateHs: num(d.hashrate), temperatureC: num(d.temperature), powerW: null, busId: busId(num(d.bus_id)) }));
    const type = str(s.cryptonight_type);
    const pool = isObj(s.pool) ? str(s.pool.pool) : null;
    return rig('SRBMiner', str(s.miner_version), type ? `cryptonight ${type}` : null, gpus, { hashrateHs: num(s.hashrate_total_now), uptimeS: num(s.mining_time), pool, powerWatts: null });
  },
};
