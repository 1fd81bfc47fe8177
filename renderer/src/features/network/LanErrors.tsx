import { useTranslation } from 'react-i18next';
import type { LanHostError } from '../../../../shared/lan/lan-device';
import { useWording } from '../../i18n/use-wording';

/**
 * Addresses whose replies could not be read (refused, too deep, a failed scan), worded from their codes in the
 * interface language. A scan saved by an older version has only English notes: those are counted, not shown.
 */
export function LanErrors({ hostErrors, english }: { hostErrors: readonly LanHostError[] | undefined; english: readonly string[] }) {
  const { t } = useTranslation();
  const wording = useWording();
  const count = hostErrors?.length ?? english.length;
  if (count === 0) return null;
  return (
    <section className="panel lan-errors" aria-label={t('network.errors.label')}>
      <h3>{t('network.errors.title', { count })}</h3>
      <p className="muted small">{t('network.errors.note')}</p>
      {hostErrors ? (
        <ul className="small">
          {hostErrors.map((e, i) => (
            <li key={`${e.ip}-${i}`}>
              {e.ip}: {wording.message(e.message)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
