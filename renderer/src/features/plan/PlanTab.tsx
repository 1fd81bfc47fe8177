import type { Inventory } from '../../../../shared/inventory/schema';
import { useMarket } from '../../state/use-market';
import { PlanView } from './PlanView';

/** The Plan tab, loaded on first visit with its own market state (like Earnings and Compare). */
export default function PlanTab({ inventory, onEditAssumptions }: { inventory: Inventory | null; onEditAssumptions: (key?: string) => void }) {
  const market = useMarket();
  return <PlanView inventory={inventory} marketHook={market} onEditAssumptions={onEditAssumptions} />;
}
