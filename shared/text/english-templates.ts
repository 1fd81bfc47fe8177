import { deviceWarningText } from '../device/warning-text';
import { earningsNoteText } from '../earnings/note-text';
import { reasonText } from '../judge/reason-text';
import { auditText } from '../rental-audit/audit-text';
import { wordMessage, type Message } from './message';

export { verbatim } from './message';

/**
 * Every message the core words in English, one dictionary (codes are unique across domains, checked by a test).
 * A "verbatim" message carries text that has no code (a driver's own error, a note from an older file).
 */
export const englishTemplates: Readonly<Record<string, string>> = { ...reasonText, ...earningsNoteText, ...deviceWarningText, ...auditText, verbatim: '{text}' };

/** A message in English: what the CLI prints and JSON carries beside the code. */
export const inEnglish = (message: Message): string => wordMessage(message, englishTemplates);
