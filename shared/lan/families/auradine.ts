import { hasRpc, webText } from './evidence';
import { activePool, field, first, num, section, str } from './read';
import type { Family } from './types';

/** Auradine Teraflux (GCMiner): "MHS 5s" MH/s; power sits behind the web API login, so it is estimated. */
export const auradine: Family = {
  id: 'auradine',
  kind: 'asic',
  make: 'Auradine',
  matches: (c) => hasRpc(c, 'GCMINER', 'FLUXOS') || webText(c).includes('MINER UI'),
  rpc: ['summary', 'devs', 'pools', 'devdetails'],
  http: [],
  parse: (c) => {
    const summary = first(c.rpc.summary, 'SUMMARY');
    const mhs = num(field(summary, 'MHS 5s', 'MHS 1m', 'MHS av'));
    const model = str(field(first(c.rpc.devdetails, 'DEVDETAILS'), 'Model'));
    return {
      model: model ? model.replace(/^Auradine\s+/i, '') : null,
      firmware: str(field(first(c.rpc.version, 'VERSION'), 'GCMiner')) ? `GCMiner ${str(field(first(c.rpc.version, 'VERSION'), 'GCMiner'))}` : str(field(first(c.rpc.version, 'STATUS'), 'Description')),
      hashrateHs: mhs === null ? null : mhs * 1e6,
      powerWatts: null,
      temperaturesC: section(c.rpc.devs, 'DEVS').map((d) => num(field(d, 'Temperature'))).filter((t): t is number => t !== null && t > 0),
      fans: [],
      uptimeS: num(field(summary, 'Elapsed')),
      pool: activePool(c.rpc.pools),
      algorithm: 'sha256',
    };
  },
};
