import { useMarket } from '../../state/use-market';
import { EarningsView } from './EarningsView';
import type { Subject } from './subjects';

/** The Earnings tab, loaded on first visit: the market figures and the engine stay out of the first screen's bundle. */
export default function EarningsTab({ subjects, focusKey = null, onFocused }: { subjects: Subject[]; focusKey?: string | null; onFocused?: () => void }) {
  const market = useMarket();
  return <EarningsView subjects={subjects} marketHook={market} focusKey={focusKey} onFocused={onFocused} />;
}
