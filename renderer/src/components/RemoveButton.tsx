import { useTranslation } from 'react-i18next';

/** The "Remove" action of a hand-added device card; renders nothing for detected hardware. */
export function RemoveButton({ onRemove }: { onRemove?: () => void }) {
  const { t } = useTranslation();
  if (!onRemove) return null;
  return (
    <button type="button" className="ghost" onClick={onRemove}>
      {t('common.remove')}
    </button>
  );
}
