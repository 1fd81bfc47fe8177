import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inventory } from '../../../../shared/inventory/schema';
import { useMarket } from '../../state/use-market';
import type { CompareCandidate } from './candidate';
import { CompareView } from './CompareView';
import { inventoryCandidates } from './inventory-candidates';

/**
 * The Compare tab: reads the market figures and builds the inventory's candidates (whole rigs judged as machines)
 * itself, so the judge and catalogue load with this lazy chunk, not with the first screen.
 */
export default function CompareTab({ inventory, selection, onSelectionChange }: { inventory: Inventory | null; selection: CompareCandidate[]; onSelectionChange: (s: CompareCandidate[]) => void }) {
  const { t } = useTranslation();
  const market = useMarket();
  const candidates = useMemo(() => inventoryCandidates(inventory, (name, gpus) => t('compare.rigCandidate', { name, gpus })), [inventory, t]);
  return <CompareView candidates={candidates} marketHook={market} initialSelection={selection} onSelectionChange={onSelectionChange} />;
}
