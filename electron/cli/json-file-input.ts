import type { z } from 'zod';
import { BoundedReadError, readBoundedSync } from '../services/files/read-bounded';
import { UsageError } from './args';

/**
 * `--file <path>` for the CLI: read bounded by the bytes read (/dev/zero, a FIFO or a /proc file all say size 0),
 * parsed as JSON, checked against `schema`; every failure is a usage error naming the file (exit 2).
 */
export function readJsonFileInput<T>(path: string, maxBytes: number, schema: z.ZodType<T>, hint = '', flag = '--file'): T {
  let text: string;
  try {
    text = readBoundedSync(path, maxBytes).toString('utf8');
  } catch (error) {
    throw new UsageError(`${flag} ${path}: ${error instanceof BoundedReadError ? error.message : 'cannot be read'}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${flag} ${path}: not JSON (${error instanceof Error ? error.message.slice(0, 120) : 'parse error'})`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'file';
    throw new UsageError(`${flag} ${path}: ${where}: ${issue?.message ?? 'invalid'}${hint}`);
  }
  return parsed.data;
}
