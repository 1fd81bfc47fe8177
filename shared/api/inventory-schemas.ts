import { z } from 'zod';
import { MAX_RIG_REPORT_BYTES } from '../inventory/rig-report';
import { InventorySchema } from '../inventory/schema';

export const InventoryStateSchema = z.object({
  inventory: InventorySchema,
  /** An earlier state to go back to (edits and imports of this session). */
  canUndo: z.boolean(),
});
export type InventoryState = z.infer<typeof InventoryStateSchema>;

export const ImportRigReportInputSchema = z
  .object({
    fileName: z.string().max(200),
    /** The file's text; the renderer refuses larger files before reading them. */
    text: z.string().max(MAX_RIG_REPORT_BYTES, `A rig report is at most ${MAX_RIG_REPORT_BYTES / 1024} KiB`),
  })
  .strict();

export const ImportRigReportResultSchema = z.object({
  state: InventoryStateSchema,
  machine: z.string().max(80),
  summary: z.object({ added: z.number().int(), updated: z.number().int(), missing: z.number().int() }),
});
export type ImportRigReportResult = z.infer<typeof ImportRigReportResultSchema>;
