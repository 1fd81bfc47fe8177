import { useTranslation } from 'react-i18next';

/** A compact row of labelled facts; unknown values say so instead of disappearing. */
export function Facts({ items }: { items: Array<[string, string | number | null | undefined]> }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd className={value === null || value === undefined || value === '' ? 'unknown' : undefined}>{value === null || value === undefined || value === '' ? t('common.unknown') : value}</dd>
        </div>
      ))}
    </dl>
  );
}
