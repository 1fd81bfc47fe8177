import { useTranslation } from 'react-i18next';
import type { ItemChanges } from '../../../../shared/inventory/changes';
import { useFormat } from '../../i18n/use-format';

/** New / missing / hashrate dropped since the previous scan: icon and words, never colour alone. */
export function ChangeBadges({ changes }: { changes: ItemChanges }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <>
      {changes.isNew ? <span className="change change-new">{t('inventory.changes.new')}</span> : null}
      {changes.missing ? <span className="change change-missing">{t('inventory.changes.missing')}</span> : null}
      {changes.hashrateDrop ? (
        <span className="change change-drop">{t('inventory.changes.drop', { from: fmt.hashrate(changes.hashrateDrop.from), to: fmt.hashrate(changes.hashrateDrop.to) })}</span>
      ) : null}
    </>
  );
}
