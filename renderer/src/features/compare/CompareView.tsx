import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueEntry } from '../../../../shared/compare/catalogue-entries';
import { compareDevices } from '../../../../shared/compare/compare';
import { efficiencyRows, estimateRows } from '../../../../shared/compare/estimate-display';
import { MAX_SUBJECTS, MIN_SUBJECTS } from '../../../../shared/compare/limits';
import type { Comparison } from '../../../../shared/compare/schema';
import { specRows } from '../../../../shared/compare/spec-display';
import { catalogueSubject } from '../../../../shared/compare/subject';
import { localeOf } from '../../i18n';
import { useWording } from '../../i18n/use-wording';
import type { MarketHook } from '../../state/use-market';
import { useMeasurements } from '../../state/use-measurements';
import type { CompareCandidate } from './candidate';
import { CatalogueBrowser } from './CatalogueBrowser';
import { CompareTry } from './CompareTry';
import { RowsTable, VerdictMatrix } from './CompareTables';
import { SelectionPanel } from './SelectionPanel';
import './compare.css';

const Charts = lazy(async () => ({ default: (await import('./CompareCharts')).CompareCharts }));

const fromCatalogue = (entry: CatalogueEntry): CompareCandidate => ({ id: `catalogue:${entry.key}`, label: entry.name, subject: catalogueSubject(entry.kind, entry.id) });

function useComparison(selected: CompareCandidate[], marketHook: MarketHook): { comparison: Comparison | null; error: string | null } {
  const { market, preferences } = marketHook;
  const measurements = useMeasurements();
  return useMemo(() => {
    if (!market || !preferences || selected.length < MIN_SUBJECTS || selected.length > MAX_SUBJECTS) return { comparison: null, error: null };
    try {
      const comparison = compareDevices(
        selected.map((c) => ({ ...c.subject, label: c.subject.label ?? c.label })),
        market,
        preferences,
        new Date(),
        measurements,
      );
      return { comparison, error: null };
    } catch (error) {
      return { comparison: null, error: error instanceof Error ? error.message : String(error) };
    }
  }, [selected, market, preferences, measurements]);
}

/** Compare: pick 2–6 devices from your hardware or the catalogue and see specs, verdicts, estimates and earnings side by side. */
export function CompareView({
  candidates,
  marketHook,
  initialSelection = [],
  onSelectionChange,
}: {
  candidates: CompareCandidate[];
  marketHook: MarketHook;
  initialSelection?: CompareCandidate[];
  /** Keeps the picks when the user leaves the tab and comes back. */
  onSelectionChange?: (selected: CompareCandidate[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const wording = useWording();
  const locale = localeOf(i18n.language);
  const [selected, setSelected] = useState<CompareCandidate[]>(() => initialSelection.slice(0, MAX_SUBJECTS));
  useEffect(() => onSelectionChange?.(selected), [selected, onSelectionChange]);
  const full = selected.length >= MAX_SUBJECTS;
  const add = useCallback((c: CompareCandidate) => setSelected((s) => (s.length >= MAX_SUBJECTS || s.some((x) => x.id === c.id) ? s : [...s, c])), []);
  const remove = useCallback((id: string) => setSelected((s) => s.filter((x) => x.id !== id)), []);
  const toggle = useCallback((c: CompareCandidate) => setSelected((s) => (s.some((x) => x.id === c.id) ? s.filter((x) => x.id !== c.id) : s.length >= MAX_SUBJECTS ? s : [...s, c])), []);
  const isAdded = useCallback((entry: CatalogueEntry) => selected.some((x) => x.id === fromCatalogue(entry).id), [selected]);
  const { comparison, error } = useComparison(selected, marketHook);
  const money = useMemo(() => {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency: comparison?.currency ?? 'USD', maximumFractionDigits: 2 });
    return (value: number) => format.format(value);
  }, [comparison?.currency, locale]);
  const heads = comparison?.subjects.map((s) => s.label) ?? [];
  return (
    <div className="view compare">
      <div className="view-head">
        <h2>{t('compare.title')}</h2>
      </div>
      <div className="compare-pick">
        <SelectionPanel inventory={candidates} selected={selected} onToggle={toggle} onRemove={remove} />
        <CatalogueBrowser onAdd={(entry) => add(fromCatalogue(entry))} isAdded={isAdded} full={full} />
      </div>
      {marketHook.error ? <p className="error" role="alert">{marketHook.error}</p> : null}
      {error ? <p className="error" role="alert">{error}</p> : null}
      {!marketHook.market && selected.length >= MIN_SUBJECTS ? <p className="muted">{t('common.loadingMarket')}</p> : null}
      {comparison ? (
        <div className="compare-results">
          <section className="panel" aria-label={t('compare.specsLabel')}>
            <RowsTable caption={t('compare.specs')} heads={heads} rows={specRows(comparison)} />
          </section>
          <VerdictMatrix comparison={comparison} />
          <CompareTry selected={selected} />
          <section className="panel" aria-label={t('compare.estimatesLabel')}>
            <RowsTable caption={t('compare.estimates')} heads={heads} rows={estimateRows(comparison)} />
            <ul className="muted small compare-notes">
              {comparison.notEstimated.map((n) => (
                <li key={n.code}>{t('compare.notEstimated', { what: wording.message(n) })}</li>
              ))}
            </ul>
          </section>
          <section className="panel" aria-label={t('compare.efficiencyLabel')}>
            <RowsTable caption={t('compare.efficiency', { currency: comparison.currency })} heads={heads} rows={efficiencyRows(comparison)} money={money} />
          </section>
          <Suspense fallback={<div className="panel chart-placeholder">{t('common.drawingCharts')}</div>}>
            <Charts comparison={comparison} />
          </Suspense>
          <details className="panel compare-subject-notes">
            <summary>{t('compare.notesPerDevice')}</summary>
            {comparison.subjects.map((s, i) => (
              <div key={`${i}-${s.label}`}>
                <h4>{s.label}</h4>
                <ul className="small">
                  {s.notes.map((n) => (
                    <li key={JSON.stringify(n)}>{wording.message(n)}</li>
                  ))}
                </ul>
              </div>
            ))}
          </details>
        </div>
      ) : null}
    </div>
  );
}
