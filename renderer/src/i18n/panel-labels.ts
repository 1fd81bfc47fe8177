/**
 * The shared English figure names (shared/market/figure-labels.ts, also the CLI's) as the assumptions panel needs
 * them: its inputs hold raw values, so monthly changes say "(per month)" and shares say "(fraction)" (the CLI prints
 * "-1.7 % a month" and "2 %" instead, so its words carry no unit).
 */
const FRACTIONS = new Set(['poolFee', 'utilisation']);

export function panelLabels<T extends Record<string, string>>(labels: T): { [K in keyof T]: string } {
  const suffix = (key: string): string => (key.endsWith('Monthly') ? ' (per month)' : FRACTIONS.has(key) ? ' (fraction)' : '');
  return Object.fromEntries(Object.entries(labels).map(([key, text]) => [key, `${text}${suffix(key)}`])) as { [K in keyof T]: string };
}
