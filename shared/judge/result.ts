import { verbatim, wordMessage, type Message } from '../text/message';
import { reason, reasonText } from './reason-text';
import { decidingFirst } from './reason-severity';
import { workloadNameText, type WorkloadName } from './name-text';
import type { Estimates, Verdict, WorkloadCategory, WorkloadResult } from './verdict';

export const round = (value: number, digits = 1): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** A reason in English (the CLI's and JSON's wording). */
export const reasonInEnglish = (r: Message): string => wordMessage(r, { ...reasonText, verbatim: '{text}' });

/** A result's reasons as codes, the deciding one first even in files saved before they were ordered (English-only ones are kept verbatim). */
export const reasonsOf = (result: Pick<WorkloadResult, 'reasons' | 'reasonCodes'> & Partial<Pick<WorkloadResult, 'verdict'>>): Message[] => {
  const codes = result.reasonCodes ?? result.reasons.map(verbatim);
  return result.verdict ? decidingFirst(codes, result.verdict) : codes;
};

/** Sets a result's reasons, the deciding one first: the codes the interface words, and the English the CLI prints, always in step. */
export function withReasons(result: WorkloadResult, reasons: readonly Message[]): WorkloadResult {
  const codes = reasons.length > 0 ? decidingFirst(reasons, result.verdict) : [reason('no-issue')];
  return { ...result, reasonCodes: codes, reasons: codes.map(reasonInEnglish) };
}

/** Builds a workload result, dropping undefined estimates so JSON output stays clean. */
export function workload(id: string, name: WorkloadName, category: WorkloadCategory, verdict: Verdict, reasons: readonly Message[], estimates: Estimates = {}): WorkloadResult {
  const clean = Object.fromEntries(Object.entries(estimates).filter(([, value]) => value !== undefined)) as Estimates;
  return withReasons({ id, label: wordMessage(name, workloadNameText), labelCode: name, category, verdict, reasons: [], estimates: clean }, reasons);
}

/** Sizes in reasons: GB to one decimal, as a number each language formats. */
export const gb = (value: number): number => round(value, 1);
