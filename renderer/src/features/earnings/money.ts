import type { Currency } from '../../../../shared/market/preferences';

/** Formats USD amounts in the chosen currency, in the UI language's locale (e.g. localeOf(i18n.language)). */
export function moneyFormatter(currency: Currency, eurPerUsd: number, locale: string) {
  const fx = currency === 'EUR' ? eurPerUsd : 1;
  const full = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 });
  const short = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
  return { fx, format: (usd: number) => full.format(usd * fx), compact: (usd: number) => short.format(usd * fx) };
}
export type Money = ReturnType<typeof moneyFormatter>;
