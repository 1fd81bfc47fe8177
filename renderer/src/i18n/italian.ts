/**
 * Everything Italian the interface needs, in one module that loads only when Italian is chosen (English users never
 * download it): the interface strings and the wording of the core's codes.
 */
import { it } from './it';
import { itAudit } from './it-audit';
import { itNotes } from './it-notes';
import { itReasons } from './it-reasons';
import { itWarnings } from './it-warnings';
import { itWorkloadNames } from './it-workload-names';

export const italian = {
  strings: it,
  messages: { ...itReasons, ...itNotes, ...itWarnings, ...itAudit, verbatim: '{text}' } as Readonly<Record<string, string>>,
  workloadNames: itWorkloadNames,
};

export type Italian = typeof italian;
