import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptionSeries, Projection } from '../../../../shared/earnings/projection';
import { OPTION_STYLE } from './option-style';
import type { Money } from './money';

type Option = keyof typeof OPTION_STYLE;

/** One card per option: money per day, after 12 months, at the horizon, and when it pays back. */
export const OptionCards = memo(function OptionCards({ projection, money, rentalListable }: { projection: Projection; money: Money; rentalListable: boolean }) {
  const { t } = useTranslation();
  const options = (Object.keys(OPTION_STYLE) as Option[]).flatMap((o): Array<readonly [Option, OptionSeries]> => {
    const series = projection[o];
    return series ? [[o, series] as const] : [];
  });
  const best = options.reduce<Option | null>((top, [o, s]) => (top === null || (s.months.at(-1)?.cumulative ?? 0) > (projection[top]?.months.at(-1)?.cumulative ?? -Infinity) ? o : top), null);
  return (
    <div className="option-cards">
      {options.map(([o, s]) => (
        <div key={o} className={`option-card ${best === o ? 'best' : ''}`} style={{ borderTopColor: OPTION_STYLE[o].color }}>
          <h4>
            {t(OPTION_STYLE[o].labelKey)}
            {best === o ? <span className="badge best-badge">{t('earnings.cards.best')}</span> : null}
            {o === 'rent' && !rentalListable ? <span className="badge">{t('earnings.cards.wouldNotList')}</span> : null}
          </h4>
          <p className="big">{money.format(s.months.at(-1)?.cumulative ?? 0)}</p>
          <p className="muted">
            {o === 'sell' ? t('earnings.cards.once') : t('earnings.cards.perDay', { perDay: money.format(s.daily.profit), year: money.format(s.months[Math.min(11, s.months.length - 1)]?.cumulative ?? 0) })}
          </p>
          <p className="muted">{o === 'off' ? t('earnings.cards.off') : s.breakEvenMonth === null ? t('earnings.cards.never') : t('earnings.cards.paysBack', { month: s.breakEvenMonth })}</p>
        </div>
      ))}
    </div>
  );
});
