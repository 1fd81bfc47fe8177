import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../i18n';
import type { MarketHook } from '../../state/use-market';
import { AssumptionsPanel } from './AssumptionsPanel';
import { computeSubject } from './compute';
import { FormulaTrace } from './FormulaTrace';
import { MonthlyTable } from './MonthlyTable';
import { moneyFormatter } from './money';
import { OptionCards } from './OptionCards';
import { PreferencesBar } from './PreferencesBar';
import { subjectLabel, type Subject } from './subjects';

const Charts = lazy(async () => ({ default: (await import('./ChartsBlock')).ChartsBlock }));

/** Keys of the assumptions that matter for the chosen hardware. */
function relevantKeys(subject: Subject, platform: string): string[] {
  const keys = new Set<string>(['poolFee', 'eurPerUsd']);
  for (const { hardware: hw } of subject.items) {
    const algorithm = hw.kind === 'asic' ? hw.spec.algorithm : hw.kind === 'hashrate' ? hw.algorithm : null;
    if (algorithm === 'sha256') ['btcPriceUsd', 'btcDifficulty', 'btcFeesPerBlock', 'btcSubsidy', 'btcDifficultyTrendMonthly'].forEach((k) => keys.add(k));
    if (algorithm === 'scrypt') ['ltcPriceUsd', 'ltcNetworkHashrateHs', 'ltcBlockReward'].forEach((k) => keys.add(k));
    if (algorithm === 'kheavyhash') ['kasPriceUsd', 'kasNetworkHashrateHs', 'kasBlockReward', 'kasRewardChangeMonthly'].forEach((k) => keys.add(k));
    if (hw.kind === 'gpu') [`rental:${hw.spec.id}`, 'utilisation', 'rentalRateChangeMonthly', `platformFee:${platform}`].forEach((k) => keys.add(k));
    if (hw.kind !== 'hashrate') keys.add(`resale:${hw.spec.id}`);
  }
  return [...keys];
}

/** Earnings: mine vs rent vs sell vs switch off for a device, a rig or the whole inventory, from editable dated figures. */
export function EarningsView({ subjects, marketHook }: { subjects: Subject[]; marketHook: MarketHook }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const [subjectId, setSubjectId] = useState<string | null>(null);
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
  const keys = relevantKeys(subject, preferences.platform);
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
          <OptionCards projection={computed.projection} money={money} rentalListable={computed.rentalListable} />
          {computed.notes.length > 0 ? (
            <ul className="warnings" aria-label={t('earnings.notes')}>
              {computed.notes.map((n) => (
                <li key={n}>• {n}</li>
              ))}
            </ul>
          ) : null}
          <Suspense fallback={<div className="panel chart-placeholder">{t('common.drawingCharts')}</div>}>
            <Charts computed={computed} money={money} capex={capex} currency={preferences.currency} />
          </Suspense>
          <MonthlyTable projection={computed.projection} money={money} />
          <FormulaTrace inputs={computed.inputs} money={money} />
        </>
      ) : null}
      <p className="muted save-state" role="status">
        {marketHook.saveState === 'saving' ? t('earnings.saving') : t('earnings.saved')}
      </p>
      <AssumptionsPanel state={state} market={market} keys={keys} onOverride={marketHook.setOverride} onHalving={marketHook.setHalving} onReset={marketHook.reset} />
    </div>
  );
}
