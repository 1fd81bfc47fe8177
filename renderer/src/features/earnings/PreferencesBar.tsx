import { useTranslation } from 'react-i18next';
import type { Preferences, Scenario } from '../../../../shared/market/preferences';

const SCENARIOS = ['flat', 'bear', 'bull', 'trend', 'custom'] as const satisfies readonly Scenario[];
const GROWTH = ['difficulty', 'price', 'network', 'rental'] as const;

interface Props {
  preferences: Preferences;
  platforms: string[];
  onChange: (patch: Partial<Preferences>) => string | null;
  capex: number;
  onCapex: (usd: number) => void;
}

/** Electricity, currency, scenario, horizon, marketplace and capital cost: the inputs a miner changes most. */
export function PreferencesBar({ preferences, platforms, onChange, capex, onCapex }: Props) {
  const { t } = useTranslation();
  const num = (value: string, fallback: number): number => {
    const n = Number(value);
    return value.trim() === '' || !Number.isFinite(n) ? fallback : n;
  };
  return (
    <section className="panel prefs" aria-label={t('earnings.prefs.label')}>
      <label>
        {t('earnings.prefs.electricity', { currency: preferences.currency })}
        <input type="number" min={0} max={5} step={0.01} value={preferences.electricityPerKwh} onChange={(e) => onChange({ electricityPerKwh: Math.min(5, Math.max(0, num(e.target.value, 0))) })} />
        <input
          type="range"
          aria-label={t('earnings.prefs.slider')}
          min={0}
          max={0.4}
          step={0.005}
          value={Math.min(0.4, preferences.electricityPerKwh)}
          onChange={(e) => onChange({ electricityPerKwh: Number(e.target.value) })}
        />
      </label>
      <label>
        {t('common.currency')}
        <select value={preferences.currency} onChange={(e) => onChange({ currency: e.target.value === 'EUR' ? 'EUR' : 'USD' })}>
          <option value="USD">USD</option>
          <option value="EUR">EUR</option>
        </select>
      </label>
      <label>
        {t('earnings.prefs.scenario')}
        <select value={preferences.scenario} onChange={(e) => onChange({ scenario: SCENARIOS.find((v) => v === e.target.value) ?? preferences.scenario })}>
          {SCENARIOS.map((value) => (
            <option key={value} value={value}>
              {t(`earnings.prefs.scenarios.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('earnings.prefs.months')}
        <input type="number" min={1} max={60} value={preferences.months} onChange={(e) => onChange({ months: Math.min(60, Math.max(1, Math.round(num(e.target.value, 24)))) })} />
      </label>
      <label>
        {t('earnings.prefs.marketplace')}
        <select value={preferences.platform} onChange={(e) => onChange({ platform: e.target.value })}>
          {platforms.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('earnings.prefs.capex')}
        <input type="number" min={0} step={50} value={capex} onChange={(e) => onCapex(Math.max(0, num(e.target.value, 0)))} />
      </label>
      {preferences.scenario === 'custom' ? (
        <div className="custom-rates" role="group" aria-label={t('earnings.prefs.custom')}>
          {GROWTH.map((key) => (
            <label key={key}>
              {t(`earnings.prefs.growth.${key}`)}
              <input
                type="number"
                step={0.5}
                min={-50}
                max={50}
                value={Math.round(preferences.custom[key] * 1000) / 10}
                onChange={(e) => onChange({ custom: { ...preferences.custom, [key]: Math.min(0.5, Math.max(-0.5, num(e.target.value, 0) / 100)) } })}
              />
            </label>
          ))}
        </div>
      ) : null}
    </section>
  );
}
