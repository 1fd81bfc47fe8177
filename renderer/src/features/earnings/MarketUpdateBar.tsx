import { errorText } from '../../i18n/error-text';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarketSourceReport, MarketState } from '../../../../shared/api/market-schemas';
import { marketSources } from '../../../../shared/market/update-sources';
import { useFormat } from '../../i18n/use-format';
import { labelFor } from './assumption-label';

/** "Update market figures": offline until clicked, then one line per public source saying what it refreshed or why not. */
export function MarketUpdateBar({ state, onUpdate }: { state: MarketState; onUpdate: () => Promise<MarketSourceReport[]> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [busy, setBusy] = useState(false);
  const [reports, setReports] = useState<MarketSourceReport[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (): void => {
    setBusy(true);
    setError(null);
    onUpdate()
      .then(setReports, (reason: unknown) => setError(errorText(reason)))
      .finally(() => setBusy(false));
  };
  const lines = (reports ?? []).flatMap((r) => [
    ...(r.updated.length > 0 ? [t('marketUpdate.updated', { source: r.name, count: r.updated.length })] : []),
    ...r.rejected.map((x) => t('marketUpdate.rejected', { source: r.name, key: labelFor(x.key, t) })),
    ...(r.problem ? [t('marketUpdate.failed', { source: r.name, problem: t(`marketUpdate.problems.${r.problem}`) })] : []),
  ]);
  return (
    <section className="panel market-update" aria-label={t('marketUpdate.title')}>
      <div className="assumptions-head">
        <h3>{t('marketUpdate.title')}</h3>
        <button type="button" onClick={run} disabled={busy}>
          {busy ? t('marketUpdate.busy') : t('marketUpdate.button')}
        </button>
      </div>
      <p className="muted small">
        {t('marketUpdate.explain', { sources: marketSources.map((s) => s.name).join(', ') })}{' '}
        {state.updates.fetchedAt ? t('marketUpdate.last', { date: fmt.day(state.updates.fetchedAt.slice(0, 10)) }) : t('marketUpdate.never')}
      </p>
      {lines.length > 0 || error ? (
        <ul role="status" className="small">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
          {error ? <li className="field-error">{error}</li> : null}
        </ul>
      ) : null}
    </section>
  );
}
