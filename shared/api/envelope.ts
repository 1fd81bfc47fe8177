import { z } from 'zod';
import { ERROR_CODES, RigError, type ErrorCode } from './rig-error';

export { RigError, type ErrorCode };

/** Errors travel as data (Electron strips custom error fields across IPC). */
export const ErrorCodeSchema = z.enum(ERROR_CODES);

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

export const failure = (code: ErrorCode, message: string, problem?: Problem): Envelope<never> => ({ ok: false, error: problem ? { code, message, problem } : { code, message } });
