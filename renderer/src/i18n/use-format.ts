import { useMemo } from 'react';
import { scaleHashrate } from '../../../shared/units/hashrate';
import { useTranslation } from 'react-i18next';
import { localeOf } from './index';

/** Number, hashrate and date formatting in the UI language's locale. */
export interface Format {
  locale: string;
  /** Plain number, at most `maxDigits` decimals (and at least `minDigits`). */
  number: (value: number, maxDigits?: number, minDigits?: number) => string;
  /** Scientific notation with `digits` decimals in the mantissa (1.234E10, 1,234E10). */
  scientific: (value: number, digits: number) => string;
  /** 110e12 → "110 TH/s", 9.5e9 → "9.5 GH/s" ("9,5 GH/s" in Italian). */
  hashrate: (hs: number) => string;
  /** A fraction as a percentage with one decimal: 0.025 → "2.5 %". */
  percent: (fraction: number) => string;
  /** A dated figure's date: "2026-09" → "September 2026" / "settembre 2026", "2026-06-28" or a Date → "Jun 28, 2026" / "28 giu 2026". */
  day: (date: string | Date) => string;
  /** A number as typed in a text field, with this locale's decimal separator (no grouping): 0.02 → "0,02" in Italian. */
  editable: (value: number) => string;
  /** Reads what the user typed: "0,02" and "0.02" in Italian, "60.000" as sixty thousand there; NaN when it is not a number. */
  parse: (text: string) => number;
}


/** One formatter per locale for the whole app: building Intl formatters is costly, and every view asks for one. */
const byLocale = new Map<string, Format>();

export function formatIn(locale: string): Format {
  const known = byLocale.get(locale);
  if (known) return known;
  const made = makeFormat(locale);
  byLocale.set(locale, made);
  return made;
}

function makeFormat(locale: string): Format {
  const cache = new Map<string, Intl.NumberFormat>();
  const formatter = (key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat => {
    const known = cache.get(key);
    if (known) return known;
    const made = new Intl.NumberFormat(locale, options);
    cache.set(key, made);
    return made;
  };
  const comma = formatter('n1-1', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(1.5).includes(',');
  // Dated figures are calendar days, not instants: shown in UTC so no time zone moves them a day.
  const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const number = (value: number, maxDigits = 2, minDigits = 0): string => formatter(`n${maxDigits}-${minDigits}`, { maximumFractionDigits: maxDigits, minimumFractionDigits: minDigits }).format(value);
  return {
    locale,
    number,
    scientific: (value, digits) => formatter(`e${digits}`, { notation: 'scientific', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value),
    hashrate: (hs) => {
      const { value, unit } = scaleHashrate(hs);
      const digits = value >= 100 ? 4 : 3;
      return `${formatter(`h${digits}`, { maximumSignificantDigits: digits }).format(value)} ${unit}`;
    },
    percent: (fraction) => `${number(Math.round(fraction * 1000) / 10, 1)} %`,
    day: (date) => {
      if (date instanceof Date) return Number.isNaN(date.getTime()) ? '—' : dayFormat.format(date);
      if (/^\d{4}-\d{2}$/.test(date)) return monthFormat.format(new Date(`${date}-15T00:00:00Z`));
      if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return dayFormat.format(new Date(`${date}T00:00:00Z`));
      return date;
    },
    editable: (value) => (comma ? String(value).replace('.', ',') : String(value)),
    parse: (text) => {
      const trimmed = text.trim();
      if (trimmed === '') return Number.NaN;
      if (!comma) return Number(trimmed);
      const plain = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(trimmed) ? trimmed.replaceAll('.', '') : trimmed;
      return Number(plain.replace(',', '.'));
    },
  };
}

/** The formatter for the current UI language (re-made when the language changes). */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return useMemo(() => formatIn(locale), [locale]);
}
