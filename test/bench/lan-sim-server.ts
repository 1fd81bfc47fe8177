/** Bench helper, run inside the bench's network namespace: 20 simulated miners on 127.77.0.10–29 until killed. */
import { fixtureHost } from '../simulator/fixture-hosts';
import { startSimulator } from '../simulator/simulator';

const FOLDERS = ['antminer-s19pro', 'antminer-s9', 'antminer-l3plus', 'antminer-ks', 'braiins-os', 'vnish', 'luxos', 'whatsminer-v2', 'avalon-15', 'avalon-1246', 'auradine', 'goldshell', 'bitaxe', 'epic-sc1', 't-rex', 'lolminer', 'teamredminer', 'gminer', 'nbminer', 'rigel'];

const hosts = FOLDERS.map((folder, i) => fixtureHost(`127.77.0.${10 + i}`, folder, folder === 'epic-sc1' ? { httpPort: 4028 } : {}));
await startSimulator(hosts);
process.stdout.write(`ready ${hosts.map((h) => h.ip).join(' ')}\n`);
setInterval(() => undefined, 1 << 30);
