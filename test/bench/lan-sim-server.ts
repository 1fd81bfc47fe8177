/**
 * Bench helper, run inside the bench's network namespace (or, as a fallback, on this machine's loopback) until killed:
 * 20 simulated miners on <prefix>.10–29, 4 silent tarpits (accept, never answer) on .40–43 and 4 drips (1 byte/s)
 * on .44–47, each on both ports the scan opens first (4028 and 80).
 */
import { fixtureHost } from '../simulator/fixture-hosts';
import type { SimHost } from '../simulator/simulator';
import { startSimulator } from '../simulator/simulator';

const FOLDERS = ['antminer-s19pro', 'antminer-s9', 'antminer-l3plus', 'antminer-ks', 'braiins-os', 'vnish', 'luxos', 'whatsminer-v2', 'avalon-15', 'avalon-1246', 'auradine', 'goldshell', 'bitaxe', 'epic-sc1', 't-rex', 'lolminer', 'teamredminer', 'gminer', 'nbminer', 'rigel'];
const prefix = process.argv[2] ?? '127.77.0';

const miners = FOLDERS.map((folder, i) => fixtureHost(`${prefix}.${10 + i}`, folder, folder === 'epic-sc1' ? { httpPort: 4028 } : {}));
const tarpits: SimHost[] = [40, 41, 42, 43].map((n) => ({ ip: `${prefix}.${n}`, label: 'tarpit', services: [4028, 80].map((port) => ({ port, behaviour: { type: 'tarpit' as const } })) }));
const drips: SimHost[] = [44, 45, 46, 47].map((n) => ({ ip: `${prefix}.${n}`, label: 'drip', services: [4028, 80].map((port) => ({ port, behaviour: { type: 'drip' as const, intervalMs: 1000 } })) }));
await startSimulator([...miners, ...tarpits, ...drips]);
process.stdout.write(`ready ${miners.length} miners, ${tarpits.length} tarpits, ${drips.length} drips\n`);
setInterval(() => undefined, 1 << 30);
