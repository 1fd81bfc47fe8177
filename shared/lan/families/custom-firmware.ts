import { parseCgminerAntminer } from './antminer';
import { hasRpc, webText } from './evidence';
import { field, first, num, section, str } from './read';
import type { Family } from './types';

/** Vnish on Antminers: the Type says "Antminer S9 (vnish 3.8.6)"; same cgminer fields as stock (pyasic backends/vnish.py). */
export const vnish: Family = {
  id: 'vnish',
  kind: 'asic',
  make: 'Bitmain',
  matches: (c) => hasRpc(c, 'VNISH') || webText(c).includes('ANTHILLOS'),
  rpc: ['summary', 'stats', 'pools'],
  http: [],
  parse: (c) => {
    const type = str(field(first(c.rpc.version, 'VERSION'), 'Type')) ?? str(field(section(c.rpc.stats, 'STATS')[0], 'Type')) ?? '';
    const marker = /\((vnish[^)]*)\)/i.exec(type)?.[1] ?? 'Vnish';
    return parseCgminerAntminer(c, marker);
  },
};

/** LuxOS on Antminers: Description "LUXminer …", power from the `power` command (pyasic backends/luxminer.py). */
export const luxos: Family = {
  id: 'luxos',
  kind: 'asic',
  make: 'Bitmain',
  matches: (c) => hasRpc(c, 'LUXMINER'),
  rpc: ['summary', 'stats', 'pools', 'power', 'fans'],
  http: [],
  parse: (c) => {
    const parsed = parseCgminerAntminer(c, str(field(first(c.rpc.version, 'STATUS'), 'Description')));
    const watts = num(field(first(c.rpc.power, 'POWER'), 'Watts'));
    const fans = section(c.rpc.fans, 'FANS').map((f) => num(field(f, 'RPM')) ?? 0).filter((rpm) => rpm > 0);
    return { ...parsed, powerWatts: watts ?? parsed.powerWatts, fans: fans.length ? fans : parsed.fans };
  },
};
