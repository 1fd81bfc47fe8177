import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';

/** Tells the user, once, that their settings file was unreadable and where the original was kept. */
export function SettingsNotice() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.getAppInfo({}).then(
      (info) => live && setNotice(info.settingsNotice),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  if (!notice) return null;
  return (
    <div className="notice" role="alert">
      <span>{notice}</span>
      <button type="button" onClick={() => setNotice(null)} aria-label={t('common.dismissSettingsNotice')}>
        {t('common.ok')}
      </button>
    </div>
  );
}
