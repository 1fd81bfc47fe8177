import { useMarket } from '../../state/use-market';
import type { CompareCandidate } from './candidate';
import { CompareView } from './CompareView';

/** The Compare tab: reads the market figures itself, so it can be loaded lazily like the Earnings tab. */
export default function CompareTab({ candidates, selection, onSelectionChange }: { candidates: CompareCandidate[]; selection: CompareCandidate[]; onSelectionChange: (s: CompareCandidate[]) => void }) {
  const market = useMarket();
  return <CompareView candidates={candidates} marketHook={market} initialSelection={selection} onSelectionChange={onSelectionChange} />;
}
