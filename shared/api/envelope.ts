import { z } from 'zod';

/** Errors travel as data (Electron strips custom error fields across IPC). */
export const ErrorCodeSchema = z.enum(['invalid_input', 'unknown_call', 'forbidden', 'cancelled', 'internal', 'invalid_output', 'transport', 'unsupported']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const RigErrorDataSchema = z.object({ code: ErrorCodeSchema, message: z.string().max(2000) });
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
  ) {
    super(message);
    this.name = 'RigError';
  }
}

export const failure = (code: ErrorCode, message: string): Envelope<never> => ({ ok: false, error: { code, message } });
