import { isErrorCode, RigError } from '../../../shared/api/rig-error';
import { i18next } from './index';

/**
 * A failed call in the interface language: the shell sends a code (and the English message, for logs and the CLI);
 * the code picks the sentence. Only invalid input keeps the shell's detail, which says which value to fix. A failure
 * that is not the shell's (the page lost its connection) reads as "transport". Worded when it happens, in the
 * language of that moment.
 */
export function errorText(reason: unknown): string {
  const detail = reason instanceof Error ? reason.message : String(reason);
  const code = reason instanceof RigError ? reason.code : 'transport';
  return i18next.t(`common.errors.${isErrorCode(code) ? code : 'internal'}`, { detail });
}
