/**
 * A separate process that adds `count` distinct inventory devices, named `<tag>-<n>`, through the real contract
 * (updateInventory), once its parent writes "go" on stdin: several of these race on one settings folder.
 * Usage: node --import tsx test/support/settings-writer.ts <configDir> <tag> <count>
 */
import { createAppServices } from '../../electron/services/app-services';

const [configDir, tag, count] = process.argv.slice(2);
if (!configDir || !tag || !count) throw new Error('usage: settings-writer <configDir> <tag> <count>');
const { dispatch } = createAppServices({ configDir });
process.stdout.write('ready\n');
process.stdin.once('data', () => {
  void (async () => {
    for (let n = 0; n < Number(count); n += 1) {
      const reply = await dispatch('updateInventory', { op: 'addItem', kind: 'gpu', catalogueId: 'nvidia-rtx-3090', count: 1, name: `${tag}-${n}` });
      if (!reply.ok) throw new Error(reply.error.message);
    }
    process.stdout.write('done\n');
    process.exit(0);
  })();
});
