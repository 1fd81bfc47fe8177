import { body, busFromText, busId, list, rig, sum, watts } from './gpu-rig';
import { gminerSpeedScale, isGminerLegacy, lolminerLegacy, srbminerCn } from './gpu-miners-legacy';
import { field, first, isObj, num, section, str, upper, type Obj } from './read';
import type { Family } from './types';

/** T-Rex (NVIDIA): GET /summary on 4067 (listens on 127.0.0.1 unless --api-bind-http is set). */
export const trex: Family = {
  id: 't-rex',
  kind: 'gpu-rig',
  make: 'T-Rex',
  matches: (c) => /t-rex/i.test(`${str(body(c, '/summary').name)} ${str(body(c, '/summary').description)}`),
  rpc: [],
  http: [],
  parse: (c) => {
    const s = body(c, '/summary');
    const gpus = list(s.gpus).map((g) => ({ name: str(g.name) ?? 'GPU', hashrateHs: num(g.hashrate), temperatureC: num(g.temperature), powerW: num(g.power), busId: busId(num(g.pci_bus), num(g.pci_domain) ?? 0) }));
    const pool = isObj(s.active_pool) ? str(s.active_pool.url) : null;
    return rig('T-Rex', str(s.version), str(s.algorithm), gpus, { hashrateHs: num(s.hashrate), uptimeS: num(s.uptime), pool });
  },
};

/** lolMiner: GET /summary (API off unless --apiport; HiveOS uses 44444). Rig rate = Total_Performance × Performance_Factor. */
export const lolminer: Family = {
  id: 'lolminer',
  kind: 'gpu-rig',
  make: 'lolMiner',
  matches: (c) => /^lolminer/i.test(str(body(c, '/summary').Software) ?? ''),
  rpc: [],
  http: [],
  parse: (c) => {
    const s = body(c, '/summary');
    const legacy = list(s.Algorithms).length === 0 ? lolminerLegacy(s) : null;
    if (legacy) return legacy;
    const algo = list(s.Algorithms)[0] ?? {};
    const factor = num(algo.Performance_Factor) ?? 1;
    const perWorker = Array.isArray(algo.Worker_Performance) ? algo.Worker_Performance.map(num) : [];
    const gpus = list(s.Workers).map((w, i) => ({
      name: str(w.Name) ?? 'GPU',
      hashrateHs: perWorker[i] === undefined || perWorker[i] === null ? null : (perWorker[i] ?? 0) * factor,
      temperatureC: num(w.Core_Temp),
      powerW: num(w.Power),
      busId: busFromText(str(w.PCIE_Address), 10),
    }));
    const total = num(algo.Total_Performance);
    return rig('lolMiner', str(s.Software)?.replace(/^lolMiner\s*/i, '') ?? null, str(algo.Algorithm), gpus, {
      hashrateHs: total === null ? null : total * factor,
      uptimeS: isObj(s.Session) ? num(s.Session.Uptime) : null,
      pool: str(algo.Pool),
    });
  },
};

/** GMiner: GET /stat (API off unless --api; HiveOS 42010). No rig totals: the devices are summed. 1.x has no `miner` field. */
export const gminer: Family = {
  id: 'gminer',
  kind: 'gpu-rig',
  make: 'GMiner',
  matches: (c) => /^gminer/i.test(str(body(c, '/stat').miner) ?? '') || isGminerLegacy(body(c, '/stat')),
  rpc: [],
  http: [],
  parse: (c) => {
    const s = body(c, '/stat');
    const scale = gminerSpeedScale(s);
    const speed = (v: unknown): number | null => { const n = num(v); return n === null ? null : n * scale; };
    const gpus = list(s.devices).map((d) => ({ name: str(d.name) ?? 'GPU', hashrateHs: speed(d.speed), temperatureC: num(d.temperature), powerW: watts(num(d.power_usage)), busId: str(d.bus_id)?.toLowerCase() ?? null }));
    return rig('GMiner', str(s.miner)?.replace(/^GMiner\s*/i, '') ?? null, str(s.algorithm), gpus, { uptimeS: num(s.uptime), pool: str(s.server) });
  },
};

/** NBMiner: GET /api/v1/status on 22333 (localhost by default). Rates are display strings: the *_raw fields are used. */
export const nbminer: Family = {
  id: 'nbminer',
  kind: 'gpu-rig',
  make: 'NBMiner',
  matches: (c) => isObj(body(c, '/api/v1/status').miner) && Array.isArray((body(c, '/api/v1/status').miner as Obj).devices),
  rpc: [],
  http: [],
  parse: (c) => {
    const s = body(c, '/api/v1/status');
    const miner = isObj(s.miner) ? s.miner : {};
    const stratum = isObj(s.stratum) ? s.stratum : {};
    const gpus = list(miner.devices).map((d) => ({ name: str(d.info) ?? 'GPU', hashrateHs: num(d.hashrate_raw), temperatureC: num(d.temperature), powerW: num(d.power), busId: busId(num(d.pci_bus_id)) }));
    return rig('NBMiner', str(s.version), str(stratum.algorithm), gpus, { hashrateHs: num(miner.total_hashrate_raw), powerWatts: num(miner.total_power_consume), pool: str(stratum.url) });
  },
};

/** Rigel: GET /stat (API off unless --api-bind). Hashrates are objects keyed by algorithm. */
export const rigel: Family = {
  id: 'rigel',
  kind: 'gpu-rig',
  make: 'Rigel',
  matches: (c) => /^rigel$/i.test(str(body(c, '/stat').name) ?? ''),
  rpc: [],
  http: [],
  parse: (c) => {
    const s = body(c, '/stat');
    const algorithm = str(s.algorithm);
    const rate = (v: unknown): number | null => (isObj(v) ? sum(Object.values(v).map(num)) : num(v));
    const gpus = list(s.devices).map((d) => {
      const m = isObj(d.monitoring_info) ? d.monitoring_info : {};
      return { name: str(d.name) ?? 'GPU', hashrateHs: rate(d.hashrate), temperatureC: num(m.core_temperature), powerW: num(m.power_usage), busId: busFromText(str(d.pci_address), 16) };
    });
    const pools = isObj(s.pools) ? Object.values(s.pools).flatMap(list) : [];
    const conn = isObj(pools[0]?.connection_details) ? (pools[0]?.connection_details as Obj) : {};
    const pool = str(conn.hostname) ? `${str(conn.hostname)}:${num(conn.port) ?? ''}` : null;
    return rig('Rigel', str(s.version), algorithm, gpus, { hashrateHs: rate(s.hashrate), powerWatts: num(s.power_usage), uptimeS: num(s.uptime), pool });
  },
};

/** SRBMiner-MULTI: GET / on 21550 (API off unless --api-enable). Per-GPU rates sit in gpu_hashrate[0] keyed "GPU<n>". */
export const srbminer: Family = {
  id: 'srbminer',
  kind: 'gpu-rig',
  make: 'SRBMiner-MULTI',
  matches: (c) => 'miner_version' in body(c, '/') && ('gpu_devices' in body(c, '/') || /srbminer/i.test(str(body(c, '/').rig_name) ?? '')),
  rpc: [],
  http: [],
  parse: (c) => {
    const s = body(c, '/');
    const rates = list(s.gpu_hashrate)[0] ?? {};
    const gpus = list(s.gpu_devices).map((d) => ({ name: str(d.model) ?? 'GPU', hashrateHs: num(rates[str(d.device) ?? '']), temperatureC: num(d.temperature), powerW: null, busId: busId(num(d.bus_id)) }));
    const pool = isObj(s.pool) ? str(s.pool.pool) : null;
    return rig('SRBMiner-MULTI', str(s.miner_version), str(s.algorithm), gpus, { hashrateHs: num(s.hashrate_total_now), uptimeS: num(s.mining_time), pool, powerWatts: null });
  },
};

/** BzMiner: GET /status on 4014 (its README: on by default). No real reply was found to test against: names only. */
export const bzminer: Family = {
  id: 'bzminer',
  kind: 'gpu-rig',
  make: 'BzMiner',
  matches: (c) => c.webPort === 4014 && /bzminer/i.test(c.web['/status']?.body ?? ''),
  rpc: [],
  http: [],
  parse: (c) => {
    const s = body(c, '/status');
    const devices = Object.values(s).flatMap((v) => list(v)).filter((d) => str(field(d, 'name', 'device_name')) !== null);
    const gpus = devices.map((d) => ({ name: str(field(d, 'name', 'device_name')) ?? 'GPU', hashrateHs: null, temperatureC: num(field(d, 'temp', 'temperature')), powerW: num(field(d, 'power')), busId: null }));
    return rig('BzMiner', str(field(s, 'version')), null, gpus, {});
  },
};

/** TeamRedMiner (AMD): sgminer-compatible API on 4028 (off unless --api_listen). Names only in devdetails. */
export const teamredminer: Family = {
  id: 'teamredminer',
  kind: 'gpu-rig',
  make: 'TeamRedMiner',
  matches: (c) => /TEAMREDMINER/.test(upper([c.rpc.version, c.rpc.summary, c.rpc.devdetails]) + upper(c.rpcText.version)),
  rpc: ['summary', 'devs', 'devdetails', 'pools'],
  http: [],
  parse: (c) => {
    const details = section(c.rpc.devdetails, 'DEVDETAILS');
    const devs = [...section(c.rpc.devs, 'DEVS'), ...section(c.rpc.devs, 'GPU')];
    const rateOf = (o: Obj): number | null => {
      const key = Object.keys(o).find((k) => /^[MK]HS \d+s$/.test(k));
      const v = key ? num(o[key]) : null;
      return v === null || !key ? null : v * (key.startsWith('K') ? 1e3 : 1e6);
    };
    const gpus = devs.map((d, i) => {
      const detail = details.find((x) => num(field(x, 'ID', 'DEVDETAILS')) === (num(field(d, 'GPU', 'ID')) ?? i)) ?? details[i];
      return { name: str(field(detail, 'Model')) ?? 'AMD GPU', hashrateHs: rateOf(d), temperatureC: num(field(d, 'Temperature')), powerW: num(field(d, 'GPU Power')), busId: busFromText(str(field(detail, 'Device Path')), 16) };
    });
    const version = str(field(first(c.rpc.version, 'VERSION'), 'Miner'))?.replace(/^TeamRedMiner\s*/i, '') ?? null;
    const pool = section(c.rpc.pools, 'POOLS').concat(section(c.rpc.pools, 'POOL'))[0];
    const summary = first(c.rpc.summary, 'SUMMARY');
    return rig('TeamRedMiner', version, str(field(pool, 'Algorithm')), gpus, { hashrateHs: rateOf(summary), uptimeS: num(field(summary, 'Elapsed')), pool: str(field(pool, 'URL')) });
  },
};

export const GPU_MINER_FAMILIES: readonly Family[] = [teamredminer, trex, lolminer, gminer, nbminer, rigel, srbminer, srbminerCn, bzminer];
