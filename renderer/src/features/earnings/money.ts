import type { Currency } from '../../../../shared/market/preferences';

/** Made formatters by currency, rate and locale: Intl formatters are costly to build and many views ask. */
const made = new Map<string, Money>();

/** Formats USD amounts in the chosen currency, in the UI language's locale (e.g. localeOf(i18n.language)). */
export function moneyFormatter(currency: Currency, eurPerUsd: number, locale: string): Money {
  const key = `${currency}|${eurPerUsd}|${locale}`;
  const known = made.get(key);
  if (known) return known;
  const money = makeMoney(currency, eurPerUsd, locale);
  // Few combinations in one run (currency × rate × language); the cap keeps edits of the rate from growing it.
  if (made.size > 50) made.clear();
  made.set(key, money);
  return money;
}

function makeMoney(currency: Currency, eurPerUsd: number, locale: string) {
  const fx = currency === 'EUR' ? eurPerUsd : 1;
  const full = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 });
  const short = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
  return { fx, currency, format: (usd: number) => full.format(usd * fx), compact: (usd: number) => short.format(usd * fx) };
}
export type Money = ReturnType<typeof makeMoney>;
