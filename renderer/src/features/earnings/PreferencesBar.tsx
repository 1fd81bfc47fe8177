import type { Preferences, Scenario } from '../../../../shared/market/preferences';

const SCENARIOS: Array<[Scenario, string]> = [
  ['flat', 'Flat: today’s figures'],
  ['bear', 'Bear: coin price −50 %'],
  ['bull', 'Bull: coin price +50 %'],
  ['trend', 'Recent difficulty trend'],
  ['custom', 'Custom growth'],
];

interface Props {
  preferences: Preferences;
  platforms: string[];
  onChange: (patch: Partial<Preferences>) => string | null;
  capex: number;
  onCapex: (usd: number) => void;
}

/** Electricity, currency, scenario, horizon, marketplace and capital cost: the inputs a miner changes most. */
export function PreferencesBar({ preferences, platforms, onChange, capex, onCapex }: Props) {
  const num = (value: string, fallback: number): number => {
    const n = Number(value);
    return value.trim() === '' || !Number.isFinite(n) ? fallback : n;
  };
  return (
    <section className="panel prefs" aria-label="Your inputs">
      <label>
        Electricity ({preferences.currency} per kWh)
        <input type="number" min={0} max={5} step={0.01} value={preferences.electricityPerKwh} onChange={(e) => onChange({ electricityPerKwh: Math.min(5, Math.max(0, num(e.target.value, 0))) })} />
        <input
          type="range"
          aria-label="Electricity price slider"
          min={0}
          max={0.4}
          step={0.005}
          value={Math.min(0.4, preferences.electricityPerKwh)}
          onChange={(e) => onChange({ electricityPerKwh: Number(e.target.value) })}
        />
      </label>
      <label>
        Currency
        <select value={preferences.currency} onChange={(e) => onChange({ currency: e.target.value === 'EUR' ? 'EUR' : 'USD' })}>
          <option value="USD">USD</option>
          <option value="EUR">EUR</option>
        </select>
      </label>
      <label>
        Scenario
        <select value={preferences.scenario} onChange={(e) => onChange({ scenario: e.target.value as Scenario })}>
          {SCENARIOS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Months
        <input type="number" min={1} max={60} value={preferences.months} onChange={(e) => onChange({ months: Math.min(60, Math.max(1, Math.round(num(e.target.value, 24)))) })} />
      </label>
      <label>
        Marketplace
        <select value={preferences.platform} onChange={(e) => onChange({ platform: e.target.value })}>
          {platforms.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label>
        Capital cost (USD)
        <input type="number" min={0} step={50} value={capex} onChange={(e) => onCapex(Math.max(0, num(e.target.value, 0)))} />
      </label>
      {preferences.scenario === 'custom' ? (
        <div className="custom-rates" role="group" aria-label="Custom monthly growth">
          {(['difficulty', 'price', 'network', 'rental'] as const).map((key) => (
            <label key={key}>
              {key} %/month
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
