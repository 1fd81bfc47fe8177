import { hasRpc, webText } from './evidence';
import { activePool, field, first, isObj, num, section, str, type Obj } from './read';
import type { Collected, Family } from './types';

/** "M30S+_VE40" → "Whatsminer M30S+" (the suffix after "_" is the hashboard bin, see `whatsminerVariant`). */
export const whatsminerModel = (raw: string | null): string | null => (raw ? `Whatsminer ${raw.split('_')[0]?.trim() ?? raw}` : null);
/** "M30S++_VH40" → "VH40": the hashboard/chip bin, kept in the shown name (several nameplates ship per model). */
export const whatsminerVariant = (raw: string | null): string | null => {
  const bin = raw?.split('_')[1]?.trim() ?? '';
  return /^V[A-Z0-9]{1,6}$/i.test(bin) ? bin.toUpperCase() : null;
};

const positive = (values: Array<number | null>): number[] => values.filter((v): v is number => v !== null && v > 0);

/** btminer summaries carry fields no other firmware has, even when the reply names no firmware. */
const looksLikeBtminerSummary = (c: Collected): boolean => {
  const summary = first(c.rpc.summary, 'SUMMARY');
  // Old firmware (M20S/M21/M3x, 2019-2020) has neither `HS RT` nor `Power Rate`, sometimes not even `Power`.
  return 'Fan Speed In' in summary && 'Fan Speed Out' in summary && ('MHS 1m' in summary || 'Power' in summary);
};

/**
 * Old btminer (M20S/M3, 2019-2020: `Description` "cgminer 4.9.2", no edevs, devs refused) keeps per-board temperatures
 * in `stats`: one `SM<n>` entry per hashboard with `temp_now_max` (foreman-apps WhatsminerStatsITest, m20s.stats.json).
 */
const statsBoardTemps = (c: Collected): number[] =>
  positive(section(c.rpc.stats, 'STATS').filter((s) => /^SM\d+$/.test(str(field(s, 'ID')) ?? '')).map((s) => num(field(s, 'temp_now_max', 'temp_1'))));

/** MicroBT Whatsminer, API 1.x/2.x on 4028 (btminer): "MHS 1m" in MH/s, Power in W (-1 = unknown). */
export const whatsminerV2: Family = {
  id: 'whatsminer',
  kind: 'asic',
  make: 'MicroBT',
  matches: (c) => hasRpc(c, 'BTMINER', 'BITMICRO') || looksLikeBtminerSummary(c) || (c.web['/']?.status === 307 && /HTTPS/.test(webText(c))) || webText(c).includes('/CGI-BIN/LUCI'),
  // devdetails carries the model on every generation; old firmware has no edevs (devs instead) and no get_version.
  rpc: ['summary', 'devdetails', 'edevs', 'devs', 'pools', 'get_version'],
  http: [],
  parse: (c) => {
    const summary = first(c.rpc.summary, 'SUMMARY');
    const boards = section(c.rpc.edevs, 'DEVS').length ? section(c.rpc.edevs, 'DEVS') : section(c.rpc.devs, 'DEVS');
    const versionMsg = isObj(c.rpc.get_version) && isObj(c.rpc.get_version.Msg) ? c.rpc.get_version.Msg : {};
    const firmware = str(field(summary, 'Firmware Version'))?.replace(/'/g, '') ?? str(field(versionMsg, 'fw_ver'));
    const mhs = num(field(summary, 'MHS 1m', 'MHS av', 'MHS 5s'));
    const power = num(field(summary, 'Power'));
    const rawModel = str(field(first(c.rpc.devdetails, 'DEVDETAILS'), 'Model')) ?? str(field(summary, 'Model')) ?? str(field(first(c.rpc.devs, 'DEVS'), 'Model'));
    return {
      model: whatsminerModel(rawModel),
      variant: whatsminerVariant(rawModel),
      firmware,
      hashrateHs: mhs === null ? null : mhs * 1e6,
      powerWatts: power !== null && power > 0 ? power : null,
      temperaturesC: boards.length ? positive(boards.map((b) => num(field(b, 'Temperature')))) : statsBoardTemps(c),
      // Two fixed fans (in, out): 0 is a real reading (a stopped fan), not an absent one.
      fans: [num(field(summary, 'Fan Speed In')), num(field(summary, 'Fan Speed Out'))].filter((f): f is number => f !== null && f >= 0),
      uptimeS: num(field(summary, 'Elapsed')),
      pool: activePool(c.rpc.pools),
      algorithm: 'sha256',
    };
  },
};

/** The `msg` object of a v3 reply; some firmware sends it as a JSON string inside the envelope. */
const v3msg = (c: Collected, key: string): Obj => {
  const reply = c.v3[key];
  if (!isObj(reply)) return {};
  if (isObj(reply.msg)) return reply.msg;
  if (typeof reply.msg !== 'string' || reply.msg.length > 65_536) return {};
  try {
    const parsed: unknown = JSON.parse(reply.msg);
    return isObj(parsed) ? parsed : {};
  } catch {
    return {};
  }
};

/** v3 hashrate in TH/s; a summary nested one level deeper, or named without "-realtime", is read too. */
function v3Hashrate(summary: Obj): number | null {
  const ths = num(field(summary, 'hash-realtime', 'hash-1min', 'hash-15min', 'hash-average', 'hash-rate', 'hashrate', 'factory-hash'));
  return ths === null ? null : ths * 1e12;
}

/** Whatsminer API v3 on TCP 4433 (firmware from late 2024): hash in TH/s, power in W (asic-rs whatsminer v3 fixtures). */
export const whatsminerV3: Family = {
  id: 'whatsminer-v3',
  kind: 'asic',
  make: 'MicroBT',
  matches: (c) => isObj(v3msg(c, 'get.device.info').miner),
  rpc: [],
  http: [],
  v3: [
    { cmd: 'get.miner.status', param: 'summary' },
    { cmd: 'get.miner.status', param: 'pools' },
  ],
  parse: (c) => {
    const info = v3msg(c, 'get.device.info');
    const miner = isObj(info.miner) ? info.miner : {};
    const system = isObj(info.system) ? info.system : {};
    const statusMsg = v3msg(c, 'get.miner.status:summary');
    const summary = isObj(statusMsg.summary) ? statusMsg.summary : 'hash-realtime' in statusMsg || 'elapsed' in statusMsg ? statusMsg : {};
    const poolsMsg = v3msg(c, 'get.miner.status:pools');
    const pools = Array.isArray(poolsMsg.pools) ? poolsMsg.pools.filter(isObj) : [];
    const boards = Array.isArray(summary['board-temperature']) ? summary['board-temperature'].map(num) : [];
    const alive = pools.find((p) => /alive/i.test(str(p.status) ?? '')) ?? pools[0];
    return {
      model: whatsminerModel(str(miner.type)),
      variant: whatsminerVariant(str(miner.type)),
      firmware: str(system.fwversion),
      hashrateHs: v3Hashrate(summary),
      powerWatts: num(field(summary, 'power-realtime', 'power-5min')),
      temperaturesC: positive(boards),
      fans: positive([num(summary['fan-speed-in']), num(summary['fan-speed-out'])]),
      uptimeS: num(summary.elapsed),
      pool: str(alive?.url) ?? null,
      algorithm: 'sha256',
    };
  },
};
