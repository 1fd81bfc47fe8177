import { en } from '../../renderer/src/i18n/en';
import { it } from '../../renderer/src/i18n/it';
import { englishTemplates } from '../../shared/text/english-templates';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
}

/** The literal runs of a template between its placeholders ({x} in shared messages, {{x}} in i18next text). */
const literalRuns = (template: string): string[] => template.split(/\{\{?[\w.,\s]+\}?\}/).map((s) => s.trim());

/**
 * A run is a sentence fragment worth looking for when it has three words or more, two of them lowercase words
 * (names, units and acronyms are not: "GB per GPU (" reads the same in Italian).
 */
const sentenceLike = (run: string): boolean => {
  const words = run.split(/\s+/).filter((w) => /[a-z]{2,}/i.test(w));
  return words.length >= 3 && words.filter((w) => /^[a-z]{3,}/.test(w)).length >= 2;
};

/**
 * English sentence fragments the Italian interface must never show: the literal parts of every English UI string that
 * Italian words differently, and of every message template the core words in English (judge reasons, workload names,
 * earnings notes, scan warnings, shell errors). Found from the sources, so a new English string is checked at once.
 */
export function englishFragments(): string[] {
  const italian = new Map(leaves(it as unknown as Tree));
  const ui = leaves(en as unknown as Tree)
    .filter(([key, value]) => italian.get(key) !== value)
    .map(([, value]) => value);
  const runs = [...ui, ...Object.values(englishTemplates)].flatMap(literalRuns).filter(sentenceLike);
  return [...new Set(runs)];
}

/** The fragments found in a screen's text. */
export const englishIn = (text: string, fragments: string[]): string[] => fragments.filter((f) => text.includes(f));
