import { MessageSchema } from '../text/message-schema';
import { z } from 'zod';
import { DeviceSchema } from '../device/device';
import { HostSchema } from '../device/host';
import { MeasuredSchema } from './measured-report';
import { WorkloadResultSchema } from './verdict';

export const PowerBudgetSchema = z.object({
  watts: z.number(),
  equivalents: z.array(z.object({ gpuId: z.string(), name: z.string(), count: z.number().int(), gpuWatts: z.number() })),
  note: z.string(),
  noteCode: MessageSchema.optional(),
});

export const DeviceReportSchema = z.object({
  device: DeviceSchema,
  workloads: z.array(WorkloadResultSchema).min(1),
  summary: z.object({ yes: z.number().int(), limited: z.number().int(), no: z.number().int() }),
  /** Integrated graphics (no VRAM of its own): shown compactly, left out of the rig. */
  integrated: z.boolean(),
  /** ASICs only: what their power draw could host instead. */
  powerBudget: PowerBudgetSchema.nullable(),
  /** Stored llama.cpp measurements on this device (`bench`), each beside the estimate for the same model and quant. */
  measured: z.array(MeasuredSchema).max(64).optional(),
});
export type DeviceReport = z.infer<typeof DeviceReportSchema>;

/** The JSON `npm run cli -- scan --json` and `judge --json` print, validated before it is printed. */
export const JudgeReportSchema = z.object({
  tool: z.literal('rigshift'),
  generatedAt: z.string(),
  host: HostSchema,
  devices: z.array(DeviceReportSchema),
  /** LLM rows pooled across every GPU of the machine (empty with fewer than two GPUs). */
  rig: z.object({ gpus: z.number().int(), totalVramGB: z.number(), pooled: z.array(WorkloadResultSchema) }),
  warnings: z.array(z.string()),
  /** Stored measurements on this machine's CPU (`bench --backend cpu`), beside the RAM-bandwidth estimate. */
  cpuMeasured: z.array(MeasuredSchema).max(64).optional(),
  warningCodes: z.array(MessageSchema).optional(),
});
export type JudgeReport = z.infer<typeof JudgeReportSchema>;
