import type { CliArgs } from '../args';
import { runLanScan } from '../commands/scan-lan';
import { formatLan } from '../format-lan';
import { services } from '../open-services';

/** `scan --lan`: miners on the LAN, with a progress line on stderr; exit 130 when cancelled. */
export async function run(args: CliArgs): Promise<number> {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  let last = 0;
  const progress = (line: string): void => {
    const now = Date.now();
    if (process.stderr.isTTY) process.stderr.write(`\r\u001b[K${line}`);
    else if (now - last > 1000) process.stderr.write(`${line}\n`);
    last = now;
  };
  const result = await runLanScan(services().dispatch, args, progress, controller.signal);
  if (process.stderr.isTTY) process.stderr.write('\r\u001b[K');
  process.stdout.write(args.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatLan(result)}\n`);
  return result.stats.cancelled ? 130 : 0;
}
