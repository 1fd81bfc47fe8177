import { useMemo } from 'react';
import type { MiningPin } from '../../../../shared/inventory/mining-pin';
import type { InventoryOp } from '../../../../shared/inventory/operations';
import type { Inventory } from '../../../../shared/inventory/schema';
import { useMarket } from '../../state/use-market';
import { useRentalAudit } from '../../state/use-rental-audit';
import { SubjectAudit } from '../audit/SubjectAudit';
import { EarningsView } from './EarningsView';
import { subjectsFrom, type Subject } from './subjects';

/**
 * The Earnings tab, loaded on first visit: the market figures and the engine stay out of the first screen's bundle.
 * Rent reads the rental audit (a tick there changes whether the rig lists), shown under the chosen hardware.
 */
export default function EarningsTab({ inventory, focusKey = null, onFocused, apply }: { inventory: Inventory | null; focusKey?: string | null; onFocused?: () => void; apply?: (op: InventoryOp) => Promise<boolean> }) {
  const market = useMarket();
  const auditHook = useRentalAudit();
  const subjects = useMemo(() => subjectsFrom(inventory, auditHook.settings), [inventory, auditHook.settings]);
  const audit = inventory ? (subject: Subject) => <SubjectAudit subject={subject} inventory={inventory} hook={auditHook} /> : undefined;
  // The user's mining figures per device go through the inventory (persisted, undoable), so the Plan reads them too.
  const onPin = apply ? (itemId: string, pin: MiningPin | null) => apply({ op: 'pinMining', id: itemId, pin }) : undefined;
  return <EarningsView subjects={subjects} marketHook={market} focusKey={focusKey} onFocused={onFocused} audit={audit} onPin={onPin} />;
}
