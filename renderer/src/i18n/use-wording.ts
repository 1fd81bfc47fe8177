import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { workloadNameText } from '../../../shared/judge/name-text';
import { reasonsOf } from '../../../shared/judge/result';
import type { WorkloadResult } from '../../../shared/judge/verdict';
import { englishTemplates } from '../../../shared/text/english-templates';
import { verbatim, wordMessage, type Message } from '../../../shared/text/message';
import { loadedItalian } from './load-language';
import { useFormat } from './use-format';

export interface Wording {
  /** A core message (judge reason, earnings note) in the interface language, numbers in its locale. */
  message: (m: Message) => string;
  /** A workload's name: its code worded in the interface language, else the label as it came. */
  workloadName: (w: Pick<WorkloadResult, 'label' | 'labelCode'>) => string;
  /** A workload's reasons in the interface language. */
  reasons: (w: Pick<WorkloadResult, 'reasons' | 'reasonCodes'>) => string[];
  /** A device's (or LAN miner's) warnings in the interface language. */
  warnings: (d: { warnings: string[]; warningCodes?: Message[] | undefined }) => string[];
  /** Why the catalogue matched a device as it did. */
  matchReason: (m: { reason: string; reasonCode?: Message | undefined }) => string;
}

/** Words the core's codes and values in the interface language (the core itself only knows English). */
export function useWording(): Wording {
  const { i18n } = useTranslation();
  const fmt = useFormat();
  // Italian is active only once its chunk is loaded (setLanguage waits for it).
  const italian = i18n.language.startsWith('it') ? loadedItalian() : null;
  return useMemo(() => {
    const number = (n: number): string => fmt.number(n, 3);
    const message = (m: Message): string => wordMessage(m, italian ? italian.messages : englishTemplates, number);
    return {
      message,
      workloadName: (w) => (w.labelCode ? wordMessage(w.labelCode, italian ? italian.workloadNames : workloadNameText, number) : w.label),
      reasons: (w) => reasonsOf(w).map(message),
      warnings: (d) => (d.warningCodes ?? d.warnings.map(verbatim)).map(message),
      matchReason: (m) => message(m.reasonCode ?? verbatim(m.reason)),
    };
  }, [italian, fmt]);
}
