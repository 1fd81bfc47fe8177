import type { ScanProgress } from '../../../../shared/api/schemas';

export function ScanBar({ running, progress, onRescan, onCancel }: { running: boolean; progress: ScanProgress | null; onRescan: () => void; onCancel: () => void }) {
  const fraction = progress ? progress.done / progress.total : 0;
  return (
    <div className="scanbar">
      {running ? (
        <>
          <div className="progress" role="progressbar" aria-label="Scanning this machine" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(fraction * 100)}>
            <div style={{ width: `${Math.max(5, fraction * 100)}%` }} />
          </div>
          <span className="muted">{progress?.message ?? 'Starting scan…'}</span>
          <button type="button" className="ghost" onClick={onCancel}>
            Cancel
          </button>
        </>
      ) : (
        <button type="button" onClick={onRescan}>
          Scan again
        </button>
      )}
    </div>
  );
}
