/**
 * The error a call fails with, free of the schema library so the interface's first screen can use it without loading
 * it (envelope.ts holds the schemas that validate these shapes when they cross a boundary).
 */
export const ERROR_CODES = ['invalid_input', 'unknown_call', 'forbidden', 'cancelled', 'internal', 'invalid_output', 'transport', 'unsupported', 'busy'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const isErrorCode = (value: string): value is ErrorCode => (ERROR_CODES as readonly string[]).includes(value);

/** What went wrong as a code and values (validated by envelope.ts's ProblemSchema wherever it arrives). */
export interface Problem {
  code: string;
  values: Record<string, string | number>;
}

export class RigError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problem?: Problem,
  ) {
    super(message);
    this.name = 'RigError';
  }
}
