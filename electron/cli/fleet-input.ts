import { FleetFileSchema, type FleetFile } from '../../shared/plan/fleet-file';
import { BoundedReadError, readBoundedSync } from '../services/files/read-bounded';
import { UsageError } from './args';

const MAX_FLEET_BYTES = 256 * 1024;

/** `plan --file fleet.json`: read bounded (by bytes read: /dev/zero and FIFOs say size 0), parsed, checked against the schema. */
export function readFleet(path: string): FleetFile {
  let text: string;
  try {
    text = readBoundedSync(path, MAX_FLEET_BYTES).toString('utf8');
  } catch (error) {
    throw new UsageError(`--file ${path}: ${error instanceof BoundedReadError ? error.message : 'cannot be read'}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--file ${path}: not JSON (${error instanceof Error ? error.message.slice(0, 120) : 'parse error'})`);
  }
  const parsed = FleetFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'file';
    throw new UsageError(`--file ${path}: ${where}: ${issue?.message ?? 'invalid'} (a fleet file: see docs/plan.md)`);
  }
  return parsed.data;
}
