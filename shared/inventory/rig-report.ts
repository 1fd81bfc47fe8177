import { z } from 'zod';
import type { Problem } from '../api/envelope';
import { LocalScanSchema } from '../api/schemas';
import { MAX_RIG_REPORT_BYTES, type ImportProblemCode } from './rig-report-limits';

export { IMPORT_PROBLEM_CODES, isImportProblemCode, MAX_RIG_REPORT_BYTES, type ImportProblemCode } from './rig-report-limits';

export const RIG_REPORT_FORMAT = 'rigshift-rig-report';
export const RIG_REPORT_VERSION = 1;

/** What `npm run cli -- scan --out rig.json` writes on a headless rig, and what the app imports. */
export const RigReportSchema = z
  .object({
    format: z.literal(RIG_REPORT_FORMAT),
    version: z.literal(RIG_REPORT_VERSION),
    createdAt: z.string().max(40),
    tool: z.object({ name: z.literal('rigshift'), version: z.string().max(40) }).strict(),
    /** The scanned machine: a hashed, stable id (so re-importing merges) and its host name. */
    machine: z.object({ id: z.string().regex(/^[a-f0-9]{8,64}$/), name: z.string().min(1).max(80) }).strict(),
    scan: LocalScanSchema,
  })
  .strict();
export type RigReport = z.infer<typeof RigReportSchema>;

/** The first string anywhere in the value that carries markup or control characters, with its path. */
function unsafeString(value: unknown, path: string): string | null {
  if (typeof value === 'string') {
    // eslint-disable-next-line no-control-regex
    return /[<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value) ? path : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = unsafeString(value[i], `${path}[${i}]`);
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const hit = unsafeString(inner, path ? `${path}.${key}` : key);
      if (hit) return hit;
    }
  }
  return null;
}

/** Why a file was refused: a code and values the interface words per language (`error` is the English wording). */
export type ImportProblem = Problem & { code: ImportProblemCode };
export type ParsedRigReport = { ok: true; report: RigReport } | { ok: false; error: string; problem: ImportProblem };

/** Reads a rig report file's text: size, JSON, format and version, schema, then no markup in any string. */
export function parseRigReport(text: string, fileName = 'the file'): ParsedRigReport {
  const fail = (why: string, code: ImportProblem['code'], values: Record<string, string | number> = {}): ParsedRigReport => ({
    ok: false,
    error: `${fileName}: ${why}`,
    problem: { code, values: { file: fileName, ...values } },
  });
  if (text.length > MAX_RIG_REPORT_BYTES) return fail(`larger than ${MAX_RIG_REPORT_BYTES / 1024} KiB: not a rig report`, 'too-large', { max: MAX_RIG_REPORT_BYTES / 1024 });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`not JSON, or cut short (${error instanceof Error ? error.message.slice(0, 100) : 'parse error'})`, 'not-json');
  }
  const head = z.object({ format: z.unknown(), version: z.unknown() }).safeParse(data);
  if (!head.success || head.data.format !== RIG_REPORT_FORMAT) return fail('not a RigShift rig report (make one with `npm run cli -- scan --out rig.json`)', 'not-a-report');
  if (typeof head.data.version === 'number' && head.data.version > RIG_REPORT_VERSION)
    return fail(`made by a newer RigShift (report version ${head.data.version}); this version reads version ${RIG_REPORT_VERSION}`, 'newer-version', { version: head.data.version, supported: RIG_REPORT_VERSION });
  const parsed = RigReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'report';
    return fail(`${field}: ${issue?.message ?? 'does not match the rig report schema'}`, 'schema', { field: field.slice(0, 200), issue: (issue?.message ?? '').slice(0, 200) });
  }
  const unsafe = unsafeString(parsed.data, '');
  if (unsafe) return fail(`${unsafe} contains markup or control characters; refused`, 'unsafe', { field: unsafe.slice(0, 200) });
  // The measurements it carries are the reported machine's own (`scan --out` writes only those): any other is refused.
  const foreign = (parsed.data.scan.measurements ?? []).findIndex((m) => m.machineId !== parsed.data.machine.id);
  if (foreign >= 0) {
    const field = `scan.measurements.${foreign}.machineId`;
    return fail(`${field}: a measurement of another machine than the report's; refused`, 'schema', { field, issue: 'not the reported machine' });
  }
  return { ok: true, report: parsed.data };
}
