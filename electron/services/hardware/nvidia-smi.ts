import { deviceWarning } from '../../../shared/device/warning-text';
import type { Message } from '../../../shared/text/message';
import type { AbortSignalLike } from '../../../shared/api/abort';
import { NVIDIA_SMI_FIELDS, NVIDIA_SMI_FIELDS_LEGACY, parseNvidiaSmiCsv, type NvidiaSmiParse } from '../../../shared/hardware/parse-nvidia-smi';
import { runCommand, type CommandResult } from './run-command';

export interface NvidiaSmiReading extends NvidiaSmiParse {
  /** Machine-level warning (tool missing is not a warning: most machines have no NVIDIA GPU). */
  warning: Message | null;
  available: boolean;
}

const argsFor = (fields: readonly string[]): string[] => [`--query-gpu=${fields.join(',')}`, '--format=csv,nounits'];

const firstLine = (text: string): string => text.trim().split(/\r?\n/)[0]?.slice(0, 200) ?? '';

function describeFailure(result: CommandResult, timeoutMs: number, problems: string[]): Message {
  if (result.timedOut) return deviceWarning('nvidia-smi-timeout', { ms: timeoutMs });
  const said = problems[0]?.slice(0, 200) ?? (firstLine(result.stderr) || firstLine(result.stdout));
  const exit = result.exitCode ?? '?';
  return said ? deviceWarning('nvidia-smi-failed-said', { exit, said }) : deviceWarning('nvidia-smi-failed', { exit });
}

/** One bounded nvidia-smi --query-gpu call (plus one retry without compute_cap for drivers that predate it). */
export async function readNvidiaSmi(options: { timeoutMs: number; env?: NodeJS.ProcessEnv; signal?: AbortSignalLike; executable?: string }): Promise<NvidiaSmiReading> {
  const file = options.executable ?? 'nvidia-smi';
  let result = await runCommand(file, argsFor(NVIDIA_SMI_FIELDS), options);
  if (result.spawnError === 'ENOENT') return { rows: [], problems: [], warning: null, available: false };
  if (!result.ok && !result.timedOut && /compute_cap/.test(result.stdout + result.stderr)) {
    result = await runCommand(file, argsFor(NVIDIA_SMI_FIELDS_LEGACY), options);
  }
  const parsed = parseNvidiaSmiCsv(result.stdout);
  // nvidia-smi exits non-zero when one GPU is lost but still prints the others: keep what it printed.
  if (parsed.rows.length > 0) return { ...parsed, warning: result.ok ? null : describeFailure(result, options.timeoutMs, parsed.problems), available: true };
  return { ...parsed, warning: describeFailure(result, options.timeoutMs, parsed.problems), available: true };
}
