import type { Italian } from './italian';

let italian: Italian | null = null;
let loading: Promise<Italian> | null = null;

/** The Italian wording once loaded (it is, whenever the interface language is Italian: the language changes after). */
export const loadedItalian = (): Italian | null => italian;

/** Loads the Italian chunk once; later calls share the same promise. */
export function loadItalian(): Promise<Italian> {
  loading ??= import('./italian').then((m) => (italian = m.italian));
  return loading;
}
