import type { Dispatch } from '../../../shared/api/dispatcher';
import { LocalScanSchema, type ScanProgress } from '../../../shared/api/schemas';
import { judgeMachine } from '../../../shared/judge/judge-machine';
import { JudgeReportSchema, type JudgeReport } from '../../../shared/judge/report';
import type { CliArgs } from '../args';

/** Runs the same scanLocal call the UI uses, through the same dispatcher, then judges what it found. */
export async function runScan(dispatch: Dispatch, args: CliArgs, onProgress: (p: ScanProgress) => void, signal: AbortSignal): Promise<JudgeReport> {
  const envelope = await dispatch('scanLocal', args.timeoutMs ? { timeoutMs: args.timeoutMs } : {}, { onProgress: onProgress as (p: unknown) => void, signal });
  if (!envelope.ok) throw new Error(envelope.error.message);
  const scan = LocalScanSchema.parse(envelope.data);
  return JudgeReportSchema.parse(judgeMachine(scan.host, scan.devices, scan.warnings));
}
