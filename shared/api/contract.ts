import type { z } from 'zod';
import { defineCall } from './define-call';
import { AppInfoSchema, DiagnosticsSchema, EmptyInputSchema, LocalScanSchema, SavePdfResultSchema, ScanLocalInputSchema, ScanProgressSchema } from './schemas';
import { ImportRigReportInputSchema, ImportRigReportResultSchema, InventoryStateSchema } from './inventory-schemas';
import { InventoryOpSchema } from '../inventory/operations';
import { LanPlanSchema, LanScanProgressSchema, PlanLanScanInputSchema, ScanLanInputSchema } from './lan-schemas';
import { LanScanResultSchema } from '../lan/lan-device';
import { RentalAuditSettingsSchema, SetRentalAuditInputSchema } from './rental-audit-schemas';
import { StoredMeasurementsSchema } from '../bench/stored-measurement';
import { CancelMeasureResultSchema, LocalModelSchema, LocalModelsSchema, MeasureModelInputSchema, MeasureProgressSchema } from '../bench/local-model';
import { MeasurementSchema } from '../bench/measurement';
import { MarketStateSchema, ResetMarketInputSchema, SetMarketInputSchema, UpdateMarketResultSchema } from './market-schemas';

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
  updateMarket: defineCall({
    summary: 'Only when the user asks: fetch fresh coin prices, difficulty, network hashrate and fees from public APIs; what fails keeps its old figure.',
    input: EmptyInputSchema,
    output: UpdateMarketResultSchema,
  }),
  resetMarket: defineCall({ summary: 'Back to the shipped defaults (some keys, or all).', input: ResetMarketInputSchema, output: MarketStateSchema }),
  getMeasurements: defineCall({ summary: 'The stored llama.cpp measurements (`bench`), each with its machine and device.', input: EmptyInputSchema, output: StoredMeasurementsSchema }),
  listLocalModels: defineCall({ summary: "GGUF models already on this machine (Ollama's, LM Studio's and the Hugging Face caches) and a running local Ollama's models.", input: EmptyInputSchema, output: LocalModelsSchema }),
  pickModelFile: defineCall({ summary: 'Desktop app: choose a GGUF file in the open dialog, to measure (serve mode answers "unsupported").', input: EmptyInputSchema, output: LocalModelSchema.nullable() }),
  measureModel: defineCall({
    summary: 'Measure one listed model on this machine (pp + tg, like `bench`) and keep the result with its device; streams its phase.',
    input: MeasureModelInputSchema,
    output: MeasurementSchema,
    progress: MeasureProgressSchema,
  }),
  cancelMeasure: defineCall({ summary: 'End the running measurement, if any.', input: EmptyInputSchema, output: CancelMeasureResultSchema }),
  getInventory: defineCall({ summary: 'Everything the user owns, by site and rig, with scan history.', input: EmptyInputSchema, output: InventoryStateSchema }),
  updateInventory: defineCall({ summary: 'One change: add, rename, regroup, price, annotate or remove (validated, persisted, undoable).', input: InventoryOpSchema, output: InventoryStateSchema }),
  undoInventory: defineCall({ summary: 'Go back one inventory change or import.', input: EmptyInputSchema, output: InventoryStateSchema }),
  importRigReport: defineCall({
    summary: 'Merge a rig report (`scan --out rig.json`) into the inventory; a bad file changes nothing.',
    input: ImportRigReportInputSchema,
    output: ImportRigReportResultSchema,
  }),
  getRentalAudit: defineCall({ summary: 'Rental audit settings: rule edits, and per rig the line and uptime entered and the fixes ticked.', input: EmptyInputSchema, output: RentalAuditSettingsSchema }),
  setRentalAudit: defineCall({
    summary: 'Change the rental audit settings: a rig\'s line and uptime, its ticked fixes, or rule edits (validated, persisted).',
    input: SetRentalAuditInputSchema,
    output: RentalAuditSettingsSchema,
  }),
  getDiagnostics: defineCall({ summary: 'Versions, the last scans in short and the log tail, for a bug report (redacted).', input: EmptyInputSchema, output: DiagnosticsSchema }),
  saveReportPdf: defineCall({ summary: 'Desktop app: print the shown report to a PDF file the user picks (serve mode answers "unsupported").', input: EmptyInputSchema, output: SavePdfResultSchema }),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export const callNames = Object.keys(contract) as CallName[];

export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>;
export type CallProgress<K extends CallName> = Contract[K]['progress'] extends z.ZodType ? z.output<Contract[K]['progress']> : never;

export const isCallName = (name: unknown): name is CallName => typeof name === 'string' && Object.hasOwn(contract, name);
