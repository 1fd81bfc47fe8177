import type { Inventory } from '../../../../shared/inventory/schema';
import { useMarket } from '../../state/use-market';
import { useRentalAudit } from '../../state/use-rental-audit';
import { PlanView } from './PlanView';

/** The Plan tab, loaded on first visit with its own market state (like Earnings and Compare) and the rental audit settings. */
export default function PlanTab({ inventory, onEditAssumptions }: { inventory: Inventory | null; onEditAssumptions: (key?: string) => void }) {
  const market = useMarket();
  const auditHook = useRentalAudit();
  return <PlanView inventory={inventory} marketHook={market} onEditAssumptions={onEditAssumptions} auditHook={auditHook} />;
}
