import { useTranslation } from 'react-i18next';
import { totalCost, type Fix } from '../../../../shared/rental-audit';
import { useWording } from '../../i18n/use-wording';
import { costText } from './audit-words';

/** The fixes a rig needs for the platforms that remain, each with its rough cost and a tick box ("I will do this"). */
export function FixList({ fixes, ticked, onTick }: { fixes: Fix[]; ticked: readonly string[]; onTick: (keys: string[]) => void }) {
  const { t } = useTranslation();
  const wording = useWording();
  if (fixes.length === 0) return <p className="muted">{t('audit.noFixes')}</p>;
  const chosen = fixes.filter((f) => ticked.includes(f.key));
  const total = totalCost(chosen);
  const toggle = (key: string, on: boolean) => onTick(on ? [...ticked, key] : ticked.filter((k) => k !== key));
  return (
    <div className="audit-fixes">
      <h5>{t('audit.fixesTitle')}</h5>
      <ul>
        {fixes.map((f) => {
          const text = wording.message(f.message);
          return (
            <li key={f.key}>
              <label>
                <input type="checkbox" checked={ticked.includes(f.key)} aria-label={t('audit.tickLabel', { fix: text })} onChange={(e) => toggle(f.key, e.target.checked)} />{' '}
                <span className="muted small">{t('audit.tick')}:</span> {text} <span className="muted small">· {costText(f.cost, wording)}</span>
              </label>
            </li>
          );
        })}
      </ul>
      {chosen.length > 0 ? (
        <p className="small">
          {t('audit.costTotal', { range: `${Math.round(total.lowUsd)}–${Math.round(total.highUsd)} USD` })}
          {total.unpriced > 0 ? ` · ${t('audit.costUnpriced', { count: total.unpriced })}` : ''}
        </p>
      ) : null}
    </div>
  );
}
