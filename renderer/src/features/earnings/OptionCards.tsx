import { memo } from 'react';
import type { OptionSeries, Projection } from '../../../../shared/earnings/projection';
import { OPTION_STYLE } from './option-style';
import type { Money } from './money';

/** One card per option: money per day, after 12 months, at the horizon, and when it pays back. */
export const OptionCards = memo(function OptionCards({ projection, money, rentalListable }: { projection: Projection; money: Money; rentalListable: boolean }) {
  const options = (Object.keys(OPTION_STYLE) as Array<keyof typeof OPTION_STYLE>).flatMap((o) => (projection[o] ? [[o, projection[o]] as const] : []));
  const best = options.reduce<string | null>((top, [o, s]) => (top === null || (s.months.at(-1)?.cumulative ?? 0) > (projection[top as keyof typeof OPTION_STYLE]?.months.at(-1)?.cumulative ?? -Infinity) ? o : top), null);
  return (
    <div className="option-cards">
      {options.map(([o, s]: readonly [string, OptionSeries]) => (
        <div key={o} className={`option-card ${best === o ? 'best' : ''}`} style={{ borderTopColor: OPTION_STYLE[o as keyof typeof OPTION_STYLE].color }}>
          <h4>
            {OPTION_STYLE[o as keyof typeof OPTION_STYLE].label}
            {best === o ? <span className="badge best-badge">best over the horizon</span> : null}
            {o === 'rent' && !rentalListable ? <span className="badge">would not list</span> : null}
          </h4>
          <p className="big">{money.format(s.months.at(-1)?.cumulative ?? 0)}</p>
          <p className="muted">
            {o === 'sell' ? 'once, now' : `${money.format(s.daily.profit)} per day · 12 months ${money.format(s.months[Math.min(11, s.months.length - 1)]?.cumulative ?? 0)}`}
          </p>
          <p className="muted">{o === 'off' ? 'no income, no power bill' : s.breakEvenMonth === null ? 'never pays back' : `pays back in month ${s.breakEvenMonth}`}</p>
        </div>
      ))}
    </div>
  );
});
