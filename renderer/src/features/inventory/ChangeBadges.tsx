import type { ItemChanges } from '../../../../shared/inventory/changes';
import { formatHashrate } from '../../../../shared/units/hashrate';

/** New / missing / hashrate dropped since the previous scan: icon and words, never colour alone. */
export function ChangeBadges({ changes }: { changes: ItemChanges }) {
  return (
    <>
      {changes.isNew ? <span className="change change-new">✚ new</span> : null}
      {changes.missing ? <span className="change change-missing">⚠ missing in the last scan</span> : null}
      {changes.hashrateDrop ? (
        <span className="change change-drop">
          ↓ hashrate {formatHashrate(changes.hashrateDrop.from)} → {formatHashrate(changes.hashrateDrop.to)}
        </span>
      ) : null}
    </>
  );
}
