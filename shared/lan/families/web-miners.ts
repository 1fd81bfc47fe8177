import { hasRpc, webText } from './evidence';
import { activePool, field, first, isObj, num, section, str, upper, type Obj } from './read';
import { MiningAlgorithmSchema } from '../../catalogue/asic-spec';
import type { Collected, Family, Parsed } from './types';

const json = (c: Collected, path: keyof Collected['web']): Obj => {
  const body = c.web[path]?.json;
  return isObj(body) ? body : {};
};

/** Goldshell product lines by coin: CK (Nervos, Eaglesong), LT / Mini-DOGE (Scrypt), AL (Alephium, Blake3), KA (Kaspa). */
function goldshellAlgorithm(model: string | null): Parsed['algorithm'] {
  const line = /goldshell\s+([a-z]+)/i.exec(model ?? '')?.[1]?.toUpperCase() ?? '';
  return ({ CK: 'eaglesong', LT: 'scrypt', MINI: 'scrypt', AL: 'blake3', KA: 'kheavyhash' } as Record<string, Parsed['algorithm']>)[line];
}

/** Goldshell (web backend on 80; read one path at a time: it crashes on bursts). Hashrate in MH/s. */
export const goldshell: Family = {
  id: 'goldshell',
  kind: 'asic',
  make: 'Goldshell',
  // On 4028 Goldshell boxes answer as bfgminer ("MHS 20s" in MH/s); pyasic's socket markers (factory.py).
  matches: (c) => webText(c).includes('CLOUD-BOX') || /goldshell/i.test(str(json(c, '/mcb/status').model) ?? '') || hasRpc(c, 'BFGMINER', 'KDAMINER', 'INTCHAINS_QOMO'),
  rpc: ['summary', 'devs', 'pools'],
  http: ['/mcb/status', '/mcb/cgminer?cgminercmd=devs', '/mcb/pools'],
  parse: (c) => {
    const status = json(c, '/mcb/status');
    const devs = c.web['/mcb/cgminer?cgminercmd=devs']?.json;
    const boards = isObj(devs) && Array.isArray(devs.data) ? devs.data.filter(isObj) : [];
    const pools = c.web['/mcb/pools']?.json;
    const active = Array.isArray(pools) ? pools.filter(isObj).find((p) => p.active === true) : undefined;
    const mhs = boards.reduce((sum, b) => sum + (num(b.hashrate) ?? 0), 0);
    // bfgminer on 4028: per-board "MHS 20s" (MH/s) and tstemp-2 board temperature in `devs` (pyasic goldshell backend).
    const rpcBoards = section(c.rpc.devs, 'DEVS');
    const boardMhs = rpcBoards.map((b) => num(field(b, 'MHS 20s', 'MHS 5s'))).filter((v): v is number => v !== null && v >= 0);
    const rpcMhs = boardMhs.length ? boardMhs.reduce((a, b) => a + b, 0) : num(field(first(c.rpc.summary, 'SUMMARY'), 'MHS 20s', 'MHS 5s', 'MHS av'));
    const rpcTemps = rpcBoards.map((b) => num(field(b, 'tstemp-2', 'Temperature'))).filter((t): t is number => t !== null && t > 0);
    const model = str(status.model)?.replace(/^Goldshell-/i, 'Goldshell ') ?? null;
    return {
      model,
      algorithm: goldshellAlgorithm(model),
      firmware: str(status.firmware),
      hashrateHs: boards.length ? mhs * 1e6 : rpcMhs === null ? null : rpcMhs * 1e6,
      powerWatts: null,
      temperaturesC: boards.length ? boards.flatMap((b) => (str(b.temp) ?? '').split('/').map(num)).filter((t): t is number => t !== null && t > 0) : rpcTemps,
      // Every board repeats the same chassis fans ("2940 rpm / 2940 rpm / …"): read them once.
      fans: (str(boards[0]?.fanspeed) ?? '').split('/').map((f) => num(f) ?? 0).filter((f) => f > 0),
      uptimeS: null,
      pool: str(active?.url) ?? activePool(c.rpc.pools),
    };
  },
};

/** ePIC UMC firmware: HTTP (not cgminer) on 4028; hashrate in MH/s per board, input power from the PSU stats. */
export const epic: Family = {
  id: 'epic',
  kind: 'asic',
  make: 'ePIC',
  firmwareOnly: true,
  matches: (c) => c.webPort === 4028 && /EPIC|POWERPLAY|UMC/.test(upper(c.web['/summary']?.json)),
  rpc: [],
  http: ['/capabilities', '/summary'],
  parse: (c) => {
    const summary = json(c, '/summary');
    const caps = json(c, '/capabilities');
    const mining = isObj(summary.Mining) ? summary.Mining : {};
    const session = isObj(summary.Session) ? summary.Session : {};
    const stratum = isObj(summary.Stratum) ? summary.Stratum : {};
    const boards = Array.isArray(summary.HBs) ? summary.HBs.filter(isObj) : [];
    const perBoard = boards.map((b) => num(Array.isArray(b.Hashrate) ? b.Hashrate[0] : b.Hashrate)).filter((v): v is number => v !== null);
    // PowerPlay-BMS reports per-board Hashrate; older epic-miner (SC1) only the session's "Average MHs".
    const mhs = perBoard.length ? perBoard.reduce((a, b) => a + b, 0) : num(session['Average MHs']);
    const psu = isObj(summary['Power Supply Stats']) ? (summary['Power Supply Stats'] as Obj) : {};
    // Only RPM readings: the SC1's "Fans Speed" is a duty-cycle percentage.
    const fans = isObj(summary.Fans) ? Object.values(summary.Fans as Obj).map((f) => (isObj(f) ? num(field(f, 'RPM')) : null)) : [];
    const algorithm = str(mining.Algorithm)?.toLowerCase() ?? null;
    const known = MiningAlgorithmSchema.safeParse(algorithm);
    return {
      model: str(caps.Model) ?? null,
      firmware: str(summary.Software),
      hashrateHs: mhs === null ? null : mhs * 1e6,
      powerWatts: num(psu['Input Power']),
      temperaturesC: boards.map((b) => num(b.Temperature)).filter((t): t is number => t !== null && t > 0),
      fans: fans.filter((f): f is number => f !== null && f > 0),
      uptimeS: num(session.Uptime),
      pool: str(stratum['Current Pool']),
      algorithm: known.success ? known.data : algorithm ? 'other' : null,
      algorithmName: str(mining.Algorithm),
      make: /antminer/i.test(str(caps.Model) ?? '') ? 'Bitmain' : 'ePIC',
    };
  },
};

/** IceRiver (kHeavyHash): its data needs a web login RigShift does not make by default, so only the make is reported. */
export const iceriver: Family = {
  id: 'iceriver',
  kind: 'asic',
  make: 'IceRiver',
  matches: (c) => webText(c).includes('<TITLE>用户界面</TITLE>') || /ICERIVER/.test(webText(c)),
  rpc: [],
  http: [],
  parse: () => ({ model: null, firmware: null, hashrateHs: null, powerWatts: null, temperaturesC: [], fans: [], uptimeS: null, pool: null, algorithm: 'kheavyhash' }),
};
