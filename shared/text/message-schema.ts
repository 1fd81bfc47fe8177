import { z } from 'zod';

/** The schema of a Message (message.ts), bounded, for wherever one crosses a boundary. */
const CodeSchema = z.string().min(1).max(80);
const ValuesSchema = z.record(z.string().max(40), z.union([z.string().max(400), z.number().finite()])).optional();

export const MessageSchema = z.object({
  code: CodeSchema,
  values: ValuesSchema,
  parts: z.array(z.object({ code: CodeSchema, values: ValuesSchema })).max(40).optional(),
});
