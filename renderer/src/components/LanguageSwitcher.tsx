import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { setLanguage, type LanguageChoice } from '../i18n';

const CHOICES: LanguageChoice[] = ['auto', 'en', 'it'];

/** Follows the system language until the user picks one; the choice is saved with the other preferences. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<LanguageChoice>('auto');
  useEffect(() => {
    let live = true;
    api.getMarket({}).then(
      (state) => {
        if (!live) return;
        setChoice(state.preferences.language);
        void setLanguage(state.preferences.language);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const change = (next: LanguageChoice) => {
    setChoice(next);
    void setLanguage(next);
    void api.setMarket({ preferences: { language: next } }).catch(() => undefined);
  };
  return (
    <label className="language">
      <span className="sr-only">{t('app.language')}</span>
      <select aria-label={t('app.language')} value={choice} onChange={(e) => change(CHOICES.find((c) => c === e.target.value) ?? 'auto')}>
        {CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(`app.languages.${c}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
