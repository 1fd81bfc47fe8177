import { neverAborted, type AbortSignalLike } from './abort';
import type { z } from 'zod';
import { contract, isCallName, type CallName, type CallOutput, type CallProgress, type Contract } from './contract';
import { failure, RigError, type Envelope } from './envelope';

export interface CallContext<P> {
  progress: (event: P) => void;
  signal: AbortSignalLike;
}

/** The shell's implementation of the contract: one function per call, whatever the transport. */
export type Handlers = {
  [K in CallName]: (input: z.output<Contract[K]['input']>, ctx: CallContext<CallProgress<K>>) => Promise<CallOutput<K>>;
};

export interface DispatchOptions {
  onProgress?: (event: unknown) => void;
  signal?: AbortSignalLike;
}

export type Dispatch = (name: unknown, rawInput: unknown, options?: DispatchOptions) => Promise<Envelope>;

const describeIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(input)'}: ${issue.message}`)
    .join('; ');

/**
 * Validates the call name and its input against the contract, runs the handler, validates its output,
 * and turns every failure into an error envelope. Both transports call this and nothing else. `onUnexpected` hears
 * the failures that are the shell's fault (a handler threw, or answered outside the contract), for the log.
 */
export function createDispatcher(handlers: Handlers, onUnexpected?: (call: string, error: unknown) => void): Dispatch {
  return async (name, rawInput, options = {}) => {
    if (!isCallName(name)) return failure('unknown_call', `Unknown call: ${String(name).slice(0, 80)}`);
    const spec = contract[name];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) return failure('invalid_input', `Invalid input for ${name}: ${describeIssues(parsed.error)}`);
    const signal = options.signal ?? neverAborted;
    const progressSchema = spec.progress as z.ZodType | undefined;
    const progress = (event: unknown): void => {
      if (!progressSchema || !options.onProgress) return;
      const checked = progressSchema.safeParse(event);
      if (checked.success) options.onProgress(checked.data);
    };
    try {
      const handler = handlers[name] as (input: unknown, ctx: CallContext<unknown>) => Promise<unknown>;
      const result = await handler(parsed.data, { progress, signal });
      if (signal.aborted) return failure('cancelled', `${name} was cancelled`);
      const output = spec.output.safeParse(result);
      if (!output.success) {
        onUnexpected?.(name, output.error);
        return failure('invalid_output', `${name} produced invalid output: ${describeIssues(output.error)}`);
      }
      return { ok: true, data: output.data };
    } catch (error) {
      if (signal.aborted) return failure('cancelled', `${name} was cancelled`);
      if (error instanceof RigError) return failure(error.code, error.message, error.problem);
      onUnexpected?.(name, error);
      return failure('internal', `${name} failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 2000));
    }
  };
}
