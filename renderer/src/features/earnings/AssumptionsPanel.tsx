import { useState } from 'react';
import type { MarketState } from '../../../../shared/api/market-schemas';
import { asicById } from '../../../../shared/catalogue/asic-catalogue';
import { gpuById } from '../../../../shared/catalogue/gpu-catalogue';
import type { Market } from '../../../../shared/market/assumptions';

const LABELS: Record<string, string> = {
  btcPriceUsd: 'Bitcoin price (USD)',
  btcDifficulty: 'Bitcoin difficulty',
  btcFeesPerBlock: 'Fees per block (BTC)',
  btcSubsidy: 'Block subsidy (BTC)',
  btcDifficultyTrendMonthly: 'Difficulty trend (per month)',
  ltcPriceUsd: 'Litecoin price (USD)',
  ltcNetworkHashrateHs: 'Litecoin network (H/s)',
  ltcBlockReward: 'Litecoin block reward',
  kasPriceUsd: 'Kaspa price (USD)',
  kasNetworkHashrateHs: 'Kaspa network (H/s)',
  kasBlockReward: 'Kaspa block reward',
  kasRewardChangeMonthly: 'Kaspa emission change (per month)',
  poolFee: 'Pool fee (fraction)',
  utilisation: 'Rental utilisation (fraction)',
  rentalRateChangeMonthly: 'Rental price change (per month)',
  eurPerUsd: 'EUR per USD',
};

const deviceName = (id: string): string => gpuById(id)?.name ?? asicById(id)?.name ?? id;
const labelFor = (key: string): string => {
  const [kind, id = ''] = key.split(':');
  if (kind === 'rental') return `Rent per GPU-hour (USD) · ${deviceName(id)}`;
  if (kind === 'resale') return `Resale per unit (USD) · ${deviceName(id)}`;
  if (kind === 'platformFee') return `Platform fee · ${id}`;
  return LABELS[key] ?? key;
};

const ageDays = (date: string, now = Date.now()): number => Math.max(0, Math.round((now - Date.parse(date.length === 7 ? `${date}-15` : date)) / 86_400_000));

interface Props {
  state: MarketState;
  market: Market;
  keys: string[];
  onOverride: (key: string, value: number) => string | null;
  onHalving: (date: string | null) => void;
  onReset: (keys?: string[]) => void;
}

/** Every figure behind the projection: its value, its date and age, its source, editable, resettable. */
export function AssumptionsPanel({ state, market, keys, onOverride, onHalving, onReset }: Props) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  return (
    <section className="panel assumptions" aria-label="Market assumptions">
      <div className="assumptions-head">
        <h3>Market assumptions</h3>
        <button type="button" className="ghost" onClick={() => onReset()}>
          Reset all to defaults
        </button>
      </div>
      <table>
        <tbody>
          {keys.map((key) => {
            const resolved = market.get(key);
            if (!resolved) return null;
            const figure = state.defaults[key];
            const label = labelFor(key);
            return (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td>
                  <input
                    aria-label={label}
                    inputMode="decimal"
                    value={drafts[key] ?? String(resolved.value)}
                    onChange={(e) => {
                      setDrafts({ ...drafts, [key]: e.target.value });
                      const n = Number(e.target.value);
                      const problem = e.target.value.trim() === '' || !Number.isFinite(n) ? 'enter a number' : onOverride(key, n);
                      setErrors({ ...errors, [key]: problem ?? '' });
                    }}
                  />
                  {errors[key] ? <span className="field-error">{errors[key]}</span> : null}
                </td>
                <td className="provenance">
                  {resolved.origin === 'yours' ? (
                    <>
                      <span className="badge yours">your value</span>{' '}
                      <button
                        type="button"
                        className="link"
                        onClick={() => {
                          setDrafts(({ [key]: _dropped, ...rest }) => rest);
                          onReset([key]);
                        }}
                      >
                        reset
                      </button>
                    </>
                  ) : figure ? (
                    <span title={figure.source}>
                      default of {figure.date} ({ageDays(figure.date)} days old) · <span className="muted">{figure.source.slice(0, 80)}</span>
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">Next Bitcoin halving</th>
            <td>
              <input aria-label="Next Bitcoin halving" type="date" value={market.halvingDate} onChange={(e) => onHalving(/^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null)} />
            </td>
            <td className="provenance">
              {market.halvingOrigin === 'yours' ? (
                <span className="badge yours">your date</span>
              ) : (
                <span title={state.halvingDefault.source}>
                  estimate of {state.halvingDefault.date} ({ageDays(state.halvingDefault.date)} days old)
                </span>
              )}
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
