/** A rig report's size bound and the codes of why one is refused: plain values, usable without the schema library. */

/** A 64-GPU report is ~150 KiB; anything near this is not a rig report. */
export const MAX_RIG_REPORT_BYTES = 1024 * 1024;

/** Why a file was refused: a code and values the interface words per language. */
export const IMPORT_PROBLEM_CODES = ['too-large', 'not-json', 'not-a-report', 'newer-version', 'schema', 'unsafe'] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];
export const isImportProblemCode = (code: string): code is ImportProblemCode => (IMPORT_PROBLEM_CODES as readonly string[]).includes(code);
