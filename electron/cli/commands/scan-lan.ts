import type { Dispatch } from '../../../shared/api/dispatcher';
import { LanScanProgressSchema } from '../../../shared/api/lan-schemas';
import { LanScanResultSchema, type LanScanResult } from '../../../shared/lan/lan-device';
import type { CliArgs } from '../args';
import { NeedsConfirmationError } from '../errors';

/** `scan --lan`: the same planLanScan/scanLan calls the Network view makes, with a progress line on stderr. */
export async function runLanScan(dispatch: Dispatch, args: CliArgs, onProgress: (line: string) => void, signal: AbortSignal): Promise<LanScanResult> {
  const plan = await dispatch('planLanScan', { targets: args.targets });
  if (!plan.ok) throw new Error(plan.error.message);
  const input = {
    targets: args.targets,
    confirmPublic: args.yes,
    confirmLarge: args.yes,
    ...(args.timeoutMs ? { connectTimeoutMs: Math.min(args.timeoutMs, 10_000) } : {}),
    ...(args.concurrency ? { concurrency: args.concurrency } : {}),
  };
  const envelope = await dispatch('scanLan', input, {
    signal,
    onProgress: (event) => {
      const p = LanScanProgressSchema.safeParse(event);
      if (p.success) onProgress(`scanning ${p.data.probed}/${p.data.total} hosts, ${p.data.found} miner${p.data.found === 1 ? '' : 's'} found`);
    },
  });
  if (!envelope.ok) throw envelope.error.message.includes('needs confirmation') ? new NeedsConfirmationError(`${envelope.error.message} (add --yes)`) : new Error(envelope.error.message);
  return LanScanResultSchema.parse(envelope.data);
}
