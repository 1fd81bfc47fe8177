import { z } from 'zod';

/** Errors travel as data (Electron strips custom error fields across IPC). */
export const ErrorCodeSchema = z.enum(['invalid_input', 'unknown_call', 'forbidden', 'cancelled', 'internal', 'invalid_output', 'transport', 'unsupported', 'busy']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/**
 * What went wrong as a code and values, so the interface can word it in its language (the message stays the English
 * wording for logs and the CLI). Bounded like any other input.
 */
export const ProblemSchema = z.object({
  code: z.string().regex(/^[a-z][a-z-]{0,39}$/),
  values: z
    .record(z.string().max(40), z.union([z.string().max(300), z.number()]))
    .refine((v) => Object.keys(v).length <= 8, 'too many values')
    .default({}),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const RigErrorDataSchema = z.object({ code: ErrorCodeSchema, message: z.string().max(2000), problem: ProblemSchema.optional() });
export type RigErrorData = z.infer<typeof RigErrorDataSchema>;

export type Envelope<T = unknown> = { ok: true; data: T } | { ok: false; error: RigErrorData };

export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: RigErrorDataSchema }),
]);

/** One line of a streamed reply: progress events, then exactly one final envelope. */
export const StreamFrameSchema = z.union([z.object({ progress: z.unknown() }), EnvelopeSchema]);

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

export const failure = (code: ErrorCode, message: string, problem?: Problem): Envelope<never> => ({ ok: false, error: problem ? { code, message, problem } : { code, message } });
