import { hasRpc, webText } from './evidence';
import { activePool, field, first, isObj, num, section, str, type Obj } from './read';
import type { Collected, Family } from './types';

/** "M30S+_VE40" → "Whatsminer M30S+" (the suffix after "_" is the hashboard bin). */
export const whatsminerModel = (raw: string | null): string | null => (raw ? `Whatsminer ${raw.split('_')[0]?.trim() ?? raw}` : null);

const positive = (values: Array<number | null>): number[] => values.filter((v): v is number => v !== null && v > 0);

/** btminer summaries carry fields no other firmware has, even when the reply names no firmware. */
const looksLikeBtminerSummary = (c: Collected): boolean => {
  const summary = first(c.rpc.summary, 'SUMMARY');
  return 'Fan Speed In' in summary && 'Power' in summary && ('HS RT' in summary || 'Power Rate' in summary);
};

/** MicroBT Whatsminer, API 1.x/2.x on 4028 (btminer): "MHS 1m" in MH/s, Power in W (-1 = unknown). */
export const whatsminerV2: Family = {
  id: 'whatsminer',
  kind: 'asic',
  make: 'MicroBT',
  matches: (c) => hasRpc(c, 'BTMINER', 'BITMICRO') || looksLikeBtminerSummary(c) || (c.web['/']?.status === 307 && /HTTPS/.test(webText(c))) || webText(c).includes('/CGI-BIN/LUCI'),
  rpc: ['summary', 'edevs', 'pools', 'get_version'],
  http: [],
  parse: (c) => {
    const summary = first(c.rpc.summary, 'SUMMARY');
    const boards = section(c.rpc.edevs, 'DEVS').length ? section(c.rpc.edevs, 'DEVS') : section(c.rpc.devs, 'DEVS');
    const versionMsg = isObj(c.rpc.get_version) && isObj(c.rpc.get_version.Msg) ? c.rpc.get_version.Msg : {};
    const firmware = str(field(summary, 'Firmware Version'))?.replace(/'/g, '') ?? str(field(versionMsg, 'fw_ver'));
    const mhs = num(field(summary, 'MHS 1m', 'MHS av', 'MHS 5s'));
    const power = num(field(summary, 'Power'));
    return {
      model: whatsminerModel(str(field(first(c.rpc.devdetails, 'DEVDETAILS'), 'Model')) ?? str(field(summary, 'Model'))),
      firmware,
      hashrateHs: mhs === null ? null : mhs * 1e6,
      powerWatts: power !== null && power > 0 ? power : null,
      temperaturesC: positive(boards.map((b) => num(field(b, 'Temperature')))),
      // Two fixed fans (in, out): 0 is a real reading (a stopped fan), not an absent one.
      fans: [num(field(summary, 'Fan Speed In')), num(field(summary, 'Fan Speed Out'))].filter((f): f is number => f !== null && f >= 0),
      uptimeS: num(field(summary, 'Elapsed')),
      pool: activePool(c.rpc.pools),
      algorithm: 'sha256',
    };
  },
};

const v3msg = (c: Collected, key: string): Obj => {
  const reply = c.v3[key];
  return isObj(reply) && isObj(reply.msg) ? reply.msg : {};
};

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
    const summary = isObj(statusMsg.summary) ? statusMsg.summary : {};
    const poolsMsg = v3msg(c, 'get.miner.status:pools');
    const pools = Array.isArray(poolsMsg.pools) ? poolsMsg.pools.filter(isObj) : [];
    const ths = num(field(summary, 'hash-realtime', 'hash-1min', 'hash-average'));
    const boards = Array.isArray(summary['board-temperature']) ? summary['board-temperature'].map(num) : [];
    const alive = pools.find((p) => /alive/i.test(str(p.status) ?? '')) ?? pools[0];
    return {
      model: whatsminerModel(str(miner.type)),
      firmware: str(system.fwversion),
      hashrateHs: ths === null ? null : ths * 1e12,
      powerWatts: num(field(summary, 'power-realtime', 'power-5min')),
      temperaturesC: positive(boards),
      fans: positive([num(summary['fan-speed-in']), num(summary['fan-speed-out'])]),
      uptimeS: num(summary.elapsed),
      pool: str(alive?.url) ?? null,
      algorithm: 'sha256',
    };
  },
};
