/**
 * The views other than the first screen (This machine) are chunks of their own, loaded when first opened. Once the
 * first screen has painted, the browser fetches them while idle, so a view opened later shows at once.
 */
import { lazy } from 'react';

const loaders = [
  () => import('./features/network/NetworkView'),
  () => import('./features/inventory/InventoryView'),
  () => import('./features/compare/CompareTab'),
  () => import('./features/plan/PlanTab'),
  () => import('./features/earnings/EarningsTab'),
  () => import('./features/earnings/ChartsBlock'),
  () => import('./features/compare/CompareCharts'),
  () => import('./features/plan/PortfolioCharts'),
] as const;

export const NetworkView = lazy(async () => ({ default: (await loaders[0]()).NetworkView }));
export const InventoryView = lazy(async () => ({ default: (await loaders[1]()).InventoryView }));
export const CompareTab = lazy(loaders[2]);
export const PlanTab = lazy(loaders[3]);
export const EarningsTab = lazy(loaders[4]);

/** Warms every lazy chunk, one at a time, when the browser is idle after the first paint (a failure is left to the view). */
export function prefetchViews(): void {
  const idle = (next: () => void): void => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(next, { timeout: 2000 });
    else setTimeout(next, 200);
  };
  const step = (i: number): void => {
    const load = loaders[i];
    if (load) idle(() => void load().then(() => step(i + 1), () => step(i + 1)));
  };
  step(0);
}
