import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DiagnosticsButton } from './DiagnosticsButton';

/** "Help" in the top bar: what RigShift is and how to report a problem (Copy diagnostics), out of every view's way. */
export function HelpPanel() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="help">
      <button type="button" className="ghost" aria-expanded={open} aria-controls="help-panel" onClick={() => setOpen(!open)}>
        {t('app.help.button')}
      </button>
      {open ? (
        <section id="help-panel" className="panel help-panel" aria-label={t('app.help.label')}>
          <p className="small">{t('app.help.about')}</p>
          <p className="muted small">{t('app.help.report')}</p>
          <DiagnosticsButton />
        </section>
      ) : null}
    </div>
  );
}
