import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../i18n/error-text';

type State = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; text: string } | { kind: 'failed'; error: string };

/**
 * "Copy diagnostics": versions, the last scans in short and the log tail (redacted by the shell) on the clipboard for
 * a bug report. Where the clipboard is refused, the text is shown to select and copy by hand.
 */
export function DiagnosticsButton() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const copy = async (): Promise<void> => {
    let text: string;
    try {
      text = (await api.getDiagnostics({})).text;
    } catch (reason) {
      setState({ kind: 'failed', error: errorText(reason) });
      return;
    }
    try {
      await navigator.clipboard.writeText(text);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', text });
    }
  };
  return (
    <div className="diagnostics">
      <button type="button" onClick={() => void copy()}>
        {t('app.diagnostics.copy')}
      </button>
      <span role="status" className="muted small">
        {state.kind === 'copied' ? t('app.diagnostics.copied') : state.kind === 'failed' ? state.error : state.kind === 'manual' ? t('app.diagnostics.manual') : ''}
      </span>
      {state.kind === 'manual' ? <textarea readOnly aria-label={t('app.diagnostics.text')} value={state.text} rows={12} onFocus={(e) => e.currentTarget.select()} /> : null}
    </div>
  );
}
