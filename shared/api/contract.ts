import { z } from 'zod';
import { defineCall } from './define-call';
import {
  AddManualDeviceInputSchema,
  AppInfoSchema,
  EmptyInputSchema,
  LocalScanSchema,
  ManualDeviceSchema,
  RemoveManualDeviceInputSchema,
  ScanLocalInputSchema,
  ScanProgressSchema,
} from './schemas';
import { LanPlanSchema, LanScanProgressSchema, PlanLanScanInputSchema, ScanLanInputSchema } from './lan-schemas';
import { LanScanResultSchema } from '../lan/lan-device';
import { MarketStateSchema, ResetMarketInputSchema, SetMarketInputSchema } from './market-schemas';

/**
 * Every call between the renderer and the shell. The IPC registration, the preload bridge and the
 * serve-mode HTTP bridge are all derived from this object: add a call here and every transport has it.
 */
export const contract = {
  getAppInfo: defineCall({ summary: 'Product name, version and catalogue size.', input: EmptyInputSchema, output: AppInfoSchema }),
  scanLocal: defineCall({
    summary: "Detect this machine's GPUs, CPU, RAM, disk and OS.",
    input: ScanLocalInputSchema,
    output: LocalScanSchema,
    progress: ScanProgressSchema,
  }),
  planLanScan: defineCall({
    summary: 'Size and check LAN targets before scanning (public addresses and ranges above a /22 need a yes).',
    input: PlanLanScanInputSchema,
    output: LanPlanSchema,
  }),
  scanLan: defineCall({
    summary: 'Find and identify miners on the LAN, read-only; streams each device as it is identified.',
    input: ScanLanInputSchema,
    output: LanScanResultSchema,
    progress: LanScanProgressSchema,
  }),
  getLastLanScan: defineCall({ summary: 'The last LAN scan, kept across restarts.', input: EmptyInputSchema, output: LanScanResultSchema.nullable() }),
  getMarket: defineCall({ summary: 'Dated market defaults, the user\'s overrides and preferences.', input: EmptyInputSchema, output: MarketStateSchema }),
  setMarket: defineCall({ summary: 'Override market figures or change preferences (validated, persisted).', input: SetMarketInputSchema, output: MarketStateSchema }),
  resetMarket: defineCall({ summary: 'Back to the shipped defaults (some keys, or all).', input: ResetMarketInputSchema, output: MarketStateSchema }),
  listManualDevices: defineCall({ summary: 'Devices the user added by hand from the catalogue.', input: EmptyInputSchema, output: z.array(ManualDeviceSchema) }),
  addManualDevice: defineCall({ summary: 'Add catalogue hardware by hand.', input: AddManualDeviceInputSchema, output: z.array(ManualDeviceSchema) }),
  removeManualDevice: defineCall({ summary: 'Remove a hand-added device.', input: RemoveManualDeviceInputSchema, output: z.array(ManualDeviceSchema) }),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export const callNames = Object.keys(contract) as CallName[];

export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>;
export type CallProgress<K extends CallName> = Contract[K]['progress'] extends z.ZodType ? z.output<Contract[K]['progress']> : never;

export const isCallName = (name: unknown): name is CallName => typeof name === 'string' && Object.hasOwn(contract, name);
