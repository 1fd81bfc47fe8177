import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredMeasurement } from '../../../../shared/bench/stored-measurement';
import type { Inventory } from '../../../../shared/inventory/schema';
import { planInventory } from '../../../../shared/plan/plan-inventory';
import type { Plan } from '../../../../shared/plan/types';
import type { RentalAuditSettings } from '../../../../shared/rental-audit';
import { localeOf } from '../../i18n';
import type { MarketHook } from '../../state/use-market';
import { moneyFormatter, type Money } from '../earnings/money';

/** The plan for the inventory at the current market figures, the rental audit settings and the stored measurements, and a money formatter in the UI's language. */
export function usePlan(inventory: Inventory | null, marketHook: MarketHook, rentalAudit: RentalAuditSettings, measurements: readonly StoredMeasurement[] = []): { plan: Plan | null; money: Money | null } {
  const { i18n } = useTranslation();
  const { market, preferences } = marketHook;
  const plan = useMemo(() => (inventory && market && preferences ? planInventory(inventory, market, preferences, new Date(), rentalAudit, measurements) : null), [inventory, market, preferences, rentalAudit, measurements]);
  const money = useMemo(
    () => (market && preferences ? moneyFormatter(preferences.currency, market.value('eurPerUsd', 1), localeOf(i18n.language)) : null),
    [market, preferences, i18n.language],
  );
  return { plan, money };
}
