import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { loadItalian } from './load-language';

export const LANGUAGES = ['en', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageChoice = Language | 'auto';

/** The OS / browser language when RigShift speaks it, else English. */
export const systemLanguage = (): Language => (navigator.languages ?? [navigator.language]).map((l) => l.slice(0, 2).toLowerCase()).find((l): l is Language => (LANGUAGES as readonly string[]).includes(l)) ?? 'en';

export const resolveLanguage = (choice: LanguageChoice): Language => (choice === 'auto' ? systemLanguage() : choice);

/** BCP 47 locale for number, date and currency formatting in the UI language. */
export const localeOf = (language: string): string => (language.startsWith('it') ? 'it-IT' : 'en-US');

/** Makes a language's strings available (Italian is a separate chunk, fetched the first time it is needed). */
async function ensureLoaded(language: Language): Promise<void> {
  if (language !== 'it' || i18next.hasResourceBundle('it', 'translation')) return;
  i18next.addResourceBundle('it', 'translation', (await loadItalian()).strings);
}

const initial = systemLanguage();
void i18next.use(initReactI18next).init({
  resources: { en: { translation: en } },
  // Italian starts in English until its chunk is in (main.tsx waits for `i18nReady` before the first render).
  lng: initial === 'it' ? 'en' : initial,
  fallbackLng: 'en',
  // React escapes text itself.
  interpolation: { escapeValue: false },
  returnNull: false,
});

let latestChoice = 0;

/**
 * Switches once the language's strings are in, so the interface never shows a mix (or a flash of English); of choices
 * made while a language loads, the last one wins.
 */
export async function setLanguage(choice: LanguageChoice): Promise<void> {
  const language = resolveLanguage(choice);
  const mine = ++latestChoice;
  await ensureLoaded(language);
  if (mine !== latestChoice) return;
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Resolves when the system language's strings are loaded and active: the first render waits for it. */
export const i18nReady: Promise<void> = initial === 'it' ? setLanguage('it') : Promise.resolve();

export { i18next };
