/** The decimal mark of a locale: "." in English, "," in Italian. */
export const decimalMark = (locale: string): string => new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';

/** A typed number with either decimal mark ("0,12" or "0.12"); null when empty, NaN when not a number. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^-?\d*(?:[.,]\d*)?$/.test(trimmed) && /\d/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}
