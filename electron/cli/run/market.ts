import { parseMarketArgs, runMarket } from '../commands/market';
import { services } from '../open-services';

/** `market update` (only when asked: the public APIs) and `market show`. Exit 1 when no figure could be updated. */
export async function run(argv: string[]): Promise<number> {
  const result = await runMarket(services().dispatch, parseMarketArgs(argv));
  process.stdout.write(`${result.text}\n`);
  return result.failed ? 1 : 0;
}
