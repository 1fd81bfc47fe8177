import type { PcieLinkRow } from './schema';

/** One labelled row of the side-by-side tables, one text per subject (the CLI and the view print the same words). */
export interface TextRow {
  key: string;
  label: string;
  values: string[];
}

export const UNKNOWN = 'unknown';
export const NOT_ESTIMATED_TEXT = 'not estimated';
export const NOT_APPLICABLE = 'n/a';

/** 35.58 → "35.58", 936 → "936", 0.37512 → "0.375" (at most `digits` decimals, no trailing zeros). */
export const num = (value: number, digits = 2): string => String(Math.round(value * 10 ** digits) / 10 ** digits);

export const maybe = (value: number | null, unit: string, digits = 2, missing = UNKNOWN): string => (value === null ? missing : `${num(value, digits)}${unit}`);

const genWidth = (gen: number | null, width: number | null): string => `${gen === null ? 'Gen?' : `Gen${gen}`} ${width === null ? 'x?' : `x${width}`}`;

/** "Gen3 x1 (max Gen3 x16)" when detected, "Gen4 x16 (catalogue)" otherwise. */
export function pcieText(link: PcieLinkRow | null): string {
  if (!link) return UNKNOWN;
  if (link.origin === 'catalogue') return `${genWidth(link.gen, link.width)} (catalogue)`;
  const now = genWidth(link.gen, link.width);
  const max = genWidth(link.maxGen, link.maxWidth);
  return link.maxGen === null && link.maxWidth === null ? `${now} (detected)` : `${now} (max ${max})`;
}

export const origin = (text: string, from: 'detected' | 'catalogue' | null): string => (from === 'detected' ? `${text} (detected)` : text);
