import type { TFunction } from 'i18next';
import type { Measured } from '../../../../shared/judge/measured-report';
import { sig2 } from '../../../../shared/judge/speed-text';
import type { Format } from '../../i18n/use-format';

/** A stored measurement beside the judge's estimate, in the UI language: `key` is the sentence with an estimate, `key`NoEstimate without. */
export function measuredText(t: TFunction, fmt: Format, m: Measured, key: 'plan.figure.measured' | 'report.measured'): string {
  const values = { value: fmt.number(m.decodeTokensPerSecond, 2), date: fmt.day(new Date(m.at)), model: m.model, quant: m.quant };
  const estimate = m.estimated.decodeTokensPerSecond;
  return estimate === null ? t(`${key}NoEstimate`, values) : t(key, { ...values, estimate: fmt.number(sig2(estimate), 2) });
}
