import { writeFileSync } from 'node:fs';
import type { Dispatch } from '../../../shared/api/dispatcher';
import { LocalScanSchema, type LocalScan, type ScanProgress } from '../../../shared/api/schemas';
import { RIG_REPORT_FORMAT, RIG_REPORT_VERSION, RigReportSchema } from '../../../shared/inventory/rig-report';
import { applyMeasurements } from '../../../shared/judge/apply-measurements';
import { judgeMachine } from '../../../shared/judge/judge-machine';
import { JudgeReportSchema, type JudgeReport } from '../../../shared/judge/report';
import { machineIdentity } from '../../services/inventory/machine-identity';
import { APP_VERSION } from '../../services/version';
import type { CliArgs } from '../args';

/** Runs the same scanLocal call the UI uses, through the same dispatcher, then judges what it found. */
export async function runScan(dispatch: Dispatch, args: CliArgs, onProgress: (p: ScanProgress) => void, signal: AbortSignal): Promise<{ scan: LocalScan; report: JudgeReport }> {
  const envelope = await dispatch('scanLocal', args.timeoutMs ? { timeoutMs: args.timeoutMs } : {}, { onProgress: onProgress as (p: unknown) => void, signal });
  if (!envelope.ok) throw new Error(envelope.error.message);
  const scan = LocalScanSchema.parse(envelope.data);
  const judged = judgeMachine(scan.host, scan.devices, scan.warningCodes ?? scan.warnings);
  return { scan, report: JudgeReportSchema.parse(applyMeasurements(judged, scan.measurements ?? [])) };
}

/** `scan --out rig.json`: the rig report the app imports (validated against the same schema the import uses). */
export function writeRigReport(path: string, scan: LocalScan): void {
  const report = RigReportSchema.parse({
    format: RIG_REPORT_FORMAT,
    version: RIG_REPORT_VERSION,
    createdAt: new Date().toISOString(),
    tool: { name: 'rigshift', version: APP_VERSION },
    machine: machineIdentity(),
    scan,
  });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`, { mode: 0o644 });
}
