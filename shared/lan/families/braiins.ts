import { antminerModel } from './antminer';
import { hasRpc, webText } from './evidence';
import { activePool, field, first, num, section, str } from './read';
import type { Family } from './types';

/** Braiins OS / BOS+ (BOSminer, BOSer): MH/s in "MHS 1m", power from tunerstatus (pyasic backends/braiins_os.py). */
export const braiins: Family = {
  id: 'braiins',
  kind: 'asic',
  make: 'Braiins OS',
  firmwareOnly: true,
  matches: (c) => hasRpc(c, 'BOSMINER', 'BOSER') || webText(c).includes('BRAIINS OS'),
  rpc: ['summary', 'pools', 'fans', 'temps', 'tunerstatus'],
  http: [],
  parse: (c) => {
    const status = first(c.rpc.version, 'STATUS');
    const version = first(c.rpc.version, 'VERSION');
    const engine = Object.keys(version).find((k) => /^BOS/i.test(k));
    const firmware = str(field(status, 'Description')) ?? (engine ? `${engine} ${str(version[engine]) ?? ''}`.trim() : null);
    const devModel = str(field(first(c.rpc.devdetails, 'DEVDETAILS'), 'Model'));
    const model = antminerModel(devModel);
    const summary = first(c.rpc.summary, 'SUMMARY');
    const mhs = num(field(summary, 'MHS 1m', 'MHS 5m', 'MHS av'));
    const temps = section(c.rpc.temps, 'TEMPS').map((t) => num(field(t, 'Chip')) || num(field(t, 'Board'))).filter((t): t is number => !!t);
    return {
      make: /antminer|bitmain/i.test(devModel ?? '') ? 'Bitmain' : null,
      model,
      firmware,
      hashrateHs: mhs === null ? null : mhs * 1e6,
      powerWatts: num(field(first(c.rpc.tunerstatus, 'TUNERSTATUS'), 'ApproximateMinerPowerConsumption')),
      temperaturesC: temps,
      fans: section(c.rpc.fans, 'FANS').map((f) => num(field(f, 'RPM')) ?? 0).filter((rpm) => rpm > 0),
      uptimeS: num(field(summary, 'Elapsed')),
      pool: activePool(c.rpc.pools),
      algorithm: 'sha256',
    };
  },
};
