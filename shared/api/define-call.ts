import type { z } from 'zod';

/** One call between renderer and shell: its input, its output and, for long calls, the progress events it streams. */
export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType, P extends z.ZodType | undefined = z.ZodType | undefined> {
  readonly summary: string;
  readonly input: I;
  readonly output: O;
  readonly progress: P;
}

export function defineCall<I extends z.ZodType, O extends z.ZodType, P extends z.ZodType | undefined = undefined>(spec: {
  summary: string;
  input: I;
  output: O;
  progress?: P;
}): CallSpec<I, O, P> {
  return { summary: spec.summary, input: spec.input, output: spec.output, progress: spec.progress as P };
}
