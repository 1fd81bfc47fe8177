import { useTranslation } from 'react-i18next';

/** Addresses that answered but could not be read (refused, malformed, timed out mid-reply): listed, not only in --json. */
export function LanErrors({ errors }: { errors: readonly string[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <section className="panel lan-errors" aria-label={t('network.errors.label')}>
      <h3>{t('network.errors.title', { count: errors.length })}</h3>
      <p className="muted small">{t('network.errors.note')}</p>
      <ul className="small">
        {errors.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
    </section>
  );
}
