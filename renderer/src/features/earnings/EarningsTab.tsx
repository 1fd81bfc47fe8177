import type { Inventory } from '../../../../shared/inventory/schema';
import { useMarket } from '../../state/use-market';
import { SubjectAudit } from '../audit/SubjectAudit';
import { EarningsView } from './EarningsView';
import type { Subject } from './subjects';

/** The Earnings tab, loaded on first visit: the market figures and the engine stay out of the first screen's bundle. */
export default function EarningsTab({ subjects, inventory = null, focusKey = null, onFocused }: { subjects: Subject[]; inventory?: Inventory | null; focusKey?: string | null; onFocused?: () => void }) {
  const market = useMarket();
  const audit = inventory ? (subject: Subject) => <SubjectAudit subject={subject} inventory={inventory} /> : undefined;
  return <EarningsView subjects={subjects} marketHook={market} focusKey={focusKey} onFocused={onFocused} audit={audit} />;
}
