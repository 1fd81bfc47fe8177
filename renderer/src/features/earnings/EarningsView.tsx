import { useWording } from '../../i18n/use-wording';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assumptionKeys } from '../../../../shared/market/assumption-keys';
import type { Market } from '../../../../shared/market/assumptions';
import { localeOf } from '../../i18n';
import type { MarketHook } from '../../state/use-market';
import { AssumptionsPanel } from './AssumptionsPanel';
import { MarketUpdateBar } from './MarketUpdateBar';
import { computeSubject } from './compute';
import { FormulaTrace } from './FormulaTrace';
import { MiningPins, type SavePin } from './MiningPins';
import { MonthlyTable } from './MonthlyTable';
import { moneyFormatter } from './money';
import { OptionCards } from './OptionCards';
import { PreferencesBar } from './PreferencesBar';
import { subjectLabel, type Subject } from './subjects';

const Charts = lazy(async () => ({ default: (await import('./ChartsBlock')).ChartsBlock }));

/**
 * Keys of the assumptions that matter for the chosen hardware (the Plan's figures read the same ones), plus each model's
 * own rental and resale keys even where no figure exists, so the user can enter one.
 */
function relevantKeys(subject: Subject, platform: string, market: Market): string[] {
  const keys = new Set<string>(['poolFee', 'eurPerUsd']);
  const has = (key: string): boolean => market.get(key) !== null;
  for (const { hardware: hw } of subject.items) {
    for (const use of ['mine', 'rent', 'sell'] as const) assumptionKeys(hw, use, platform, has).forEach((k) => keys.add(k));
    if (hw.kind === 'gpu') keys.add(`rental:${hw.spec.id}`);
  }
  return [...keys];
}

/** Earnings: mine vs rent vs sell vs switch off for a device, a rig or the whole inventory, from editable dated figures. */
export function EarningsView({ subjects, marketHook, focusKey = null, onFocused, audit, onPin }: { subjects: Subject[]; marketHook: MarketHook; focusKey?: string | null; onFocused?: () => void; audit?: (subject: Subject) => React.ReactNode; onPin?: SavePin }) {
  const { t, i18n } = useTranslation();
  const wording = useWording();
  const locale = localeOf(i18n.language);
  // Sent here from a Plan figure (the view mounts on each visit): the whole inventory, whose assumptions include every device's.
  const [subjectId, setSubjectId] = useState<string | null>(() => (focusKey ? 'all' : null));
  const [capex, setCapex] = useState(0);
  const { state, market, preferences } = marketHook;
  const subject = subjects.find((s) => s.id === subjectId) ?? subjects[0];
  // Rendered in the same pass as the input (measured faster than deferring it: see `npm run bench`).
  const computed = useMemo(() => (subject && market && preferences ? computeSubject(subject, market, preferences, { capexUsd: capex }) : null), [subject, market, preferences, capex]);
  const currency = preferences?.currency ?? 'USD';
  const eurPerUsd = market?.value('eurPerUsd', 1) ?? 1;
  // Stable between renders so the memoised charts and tables redraw only when their figures change.
  const money = useMemo(() => moneyFormatter(currency, eurPerUsd, locale), [currency, eurPerUsd, locale]);
  if (!state || !market || !preferences) return <p className="muted">{t('common.loadingMarket')}</p>;
  if (!subject)
    return (
      <div className="view">
        <h2>{t('earnings.title')}</h2>
        <section className="empty card">
          <h3>{t('earnings.emptyTitle')}</h3>
          <p>{t('earnings.emptyText')}</p>
        </section>
      </div>
    );
  const platforms = Object.keys(state.defaults)
    .filter((k) => k.startsWith('platformFee:'))
    .map((k) => k.slice('platformFee:'.length));
  const keys = relevantKeys(subject, preferences.platform, market);
  return (
    <div className="view earnings">
      <div className="view-head">
        <h2>{t('earnings.question')}</h2>
        <label className="subject">
          {t('earnings.hardware')}
          <select value={subject.id} onChange={(e) => setSubjectId(e.target.value)}>
            {subjects.map((s) => (
              <option key={s.id} value={s.id}>
                {subjectLabel(s, t)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <PreferencesBar preferences={preferences} platforms={platforms} onChange={marketHook.setPreferences} capex={capex} onCapex={setCapex} />
      {marketHook.error ? <p className="error" role="alert">{marketHook.error}</p> : null}
      {computed ? (
        <>
          {onPin ? <MiningPins key={subject.id} subject={subject} mining={computed.mining} onSave={onPin} /> : null}
          <OptionCards projection={computed.projection} money={money} rentalListable={computed.rentalListable} />
          {computed.notes.length > 0 ? (
            <ul className="warnings" aria-label={t('earnings.notes')}>
              {computed.notes.map((n) => (
                <li key={JSON.stringify(n)}>• {wording.message(n)}</li>
              ))}
            </ul>
          ) : null}
          <Suspense fallback={<div className="panel chart-placeholder">{t('common.drawingCharts')}</div>}>
            <Charts computed={computed} money={money} capex={capex} currency={preferences.currency} />
          </Suspense>
          {audit?.(subject)}
          <MonthlyTable projection={computed.projection} money={money} />
          <FormulaTrace inputs={computed.inputs} money={money} />
        </>
      ) : null}
      <p className="muted save-state" role="status">
        {marketHook.saveState === 'saving' ? t('earnings.saving') : t('earnings.saved')}
      </p>
      <MarketUpdateBar state={state} onUpdate={marketHook.update} />
      <AssumptionsPanel state={state} market={market} keys={keys} focusKey={focusKey} onFocused={onFocused} onOverride={marketHook.setOverride} onHalving={marketHook.setHalving} onReset={marketHook.reset} />
    </div>
  );
}
