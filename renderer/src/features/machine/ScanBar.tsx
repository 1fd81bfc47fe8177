import { useTranslation } from 'react-i18next';
import type { ScanProgress } from '../../../../shared/api/schemas';

export function ScanBar({ running, progress, onRescan, onCancel }: { running: boolean; progress: ScanProgress | null; onRescan: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const fraction = progress ? progress.done / progress.total : 0;
  return (
    <div className="scanbar">
      {running ? (
        <>
          <div className="progress" role="progressbar" aria-label={t('machine.scan.progress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(fraction * 100)}>
            <div style={{ width: `${Math.max(5, fraction * 100)}%` }} />
          </div>
          <span className="muted">{progress?.message ?? t('machine.scan.starting')}</span>
          <button type="button" className="ghost" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </>
      ) : (
        <button type="button" onClick={onRescan}>
          {t('machine.scan.again')}
        </button>
      )}
    </div>
  );
}
