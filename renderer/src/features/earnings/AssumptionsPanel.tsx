import { useEffect, useState } from 'react';
import { OwnNoteOrCitation } from './OwnNoteOrCitation';
import { useTranslation } from 'react-i18next';
import type { MarketState } from '../../../../shared/api/market-schemas';
import type { Market } from '../../../../shared/market/assumptions';
import { useFormat } from '../../i18n/use-format';
import { ageDays, labelFor } from './assumption-label';

interface Props {
  state: MarketState;
  market: Market;
  keys: string[];
  /** An assumption to bring into view and focus (asked for from a Plan figure); `onFocused` says it was. */
  focusKey?: string | null;
  onFocused?: () => void;
  onOverride: (key: string, value: number) => string | null;
  onHalving: (date: string | null) => void;
  onReset: (keys?: string[]) => void;
}

/** Every figure behind the projection: its value, its date and age, its source, editable, resettable. */
export function AssumptionsPanel({ state, market, keys, focusKey = null, onFocused, onOverride, onHalving, onReset }: Props) {
  const { t } = useTranslation();
  const listed = focusKey !== null && keys.includes(focusKey);
  useEffect(() => {
    if (!focusKey || !listed) return;
    const input = document.querySelector<HTMLInputElement>(`input[data-key="${CSS.escape(focusKey)}"]`);
    input?.scrollIntoView({ block: 'center' });
    input?.focus();
    onFocused?.();
  }, [focusKey, listed, onFocused]);
  const fmt = useFormat();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  return (
    <section className="panel assumptions" aria-label={t('earnings.assumptions.title')}>
      <div className="assumptions-head">
        <h3>{t('earnings.assumptions.title')}</h3>
        <button type="button" className="ghost" onClick={() => onReset()}>
          {t('earnings.assumptions.resetAll')}
        </button>
      </div>
      <table>
        <tbody>
          {keys.map((key) => {
            const resolved = market.get(key);
            // A figure fetched on request replaces the shipped default, with its own date and source.
            const fetched = state.updates.figures[key];
            const figure = fetched ?? state.defaults[key];
            const label = labelFor(key, t);
            return (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td>
                  <input
                    aria-label={label}
                    inputMode="decimal"
                    data-key={key}
                    placeholder={resolved ? undefined : t('earnings.assumptions.noneYet')}
                    value={drafts[key] ?? (resolved ? fmt.editable(resolved.value) : '')}
                    onChange={(e) => {
                      setDrafts({ ...drafts, [key]: e.target.value });
                      const n = fmt.parse(e.target.value);
                      const problem = !Number.isFinite(n) ? t('earnings.assumptions.enterNumber') : onOverride(key, n);
                      setErrors({ ...errors, [key]: problem ?? '' });
                    }}
                  />
                  {errors[key] ? <span className="field-error">{errors[key]}</span> : null}
                </td>
                <td className="provenance">
                  {!resolved ? (
                    <span className="muted">{t('earnings.assumptions.noFigure')}</span>
                  ) : resolved.origin === 'yours' ? (
                    <>
                      <span className="badge yours">{t('earnings.assumptions.yours')}</span>{' '}
                      <button
                        type="button"
                        className="link"
                        aria-label={t('earnings.assumptions.resetOne', { label })}
                        onClick={() => {
                          setDrafts(({ [key]: _dropped, ...rest }) => rest);
                          onReset([key]);
                        }}
                      >
                        {t('earnings.assumptions.reset')}
                      </button>
                    </>
                  ) : figure ? (
                    <span title={figure.source}>
                      {fetched ? t('marketUpdate.fetched', { date: fmt.day(figure.date) }) : t('earnings.assumptions.default', { date: fmt.day(figure.date), count: ageDays(figure.date) })} · {/* The source as its publisher worded it: a citation, kept in its own language. */}
                      <OwnNoteOrCitation source={figure.source} />
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t('earnings.assumptions.halving')}</th>
            <td>
              <input aria-label={t('earnings.assumptions.halving')} type="date" value={market.halvingDate} onChange={(e) => onHalving(/^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null)} />
            </td>
            <td className="provenance">
              {market.halvingOrigin === 'yours' ? (
                <span className="badge yours">{t('earnings.assumptions.yourDate')}</span>
              ) : (
                <span title={state.halvingDefault.source}>{t('earnings.assumptions.estimate', { date: fmt.day(state.halvingDefault.date), count: ageDays(state.halvingDefault.date) })}</span>
              )}
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
