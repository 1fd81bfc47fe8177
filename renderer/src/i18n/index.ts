import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { it } from './it';

export const LANGUAGES = ['en', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageChoice = Language | 'auto';

/** The OS / browser language when RigShift speaks it, else English. */
export const systemLanguage = (): Language => (navigator.languages ?? [navigator.language]).map((l) => l.slice(0, 2).toLowerCase()).find((l): l is Language => (LANGUAGES as readonly string[]).includes(l)) ?? 'en';

export const resolveLanguage = (choice: LanguageChoice): Language => (choice === 'auto' ? systemLanguage() : choice);

/** BCP 47 locale for number, date and currency formatting in the UI language. */
export const localeOf = (language: string): string => (language.startsWith('it') ? 'it-IT' : 'en-US');

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, it: { translation: it } },
  lng: systemLanguage(),
  fallbackLng: 'en',
  // React escapes text itself.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLanguage(choice: LanguageChoice): void {
  const language = resolveLanguage(choice);
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
