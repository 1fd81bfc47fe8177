/** English text of the existing views (machine, network, inventory, earnings, compare, catalogue, shared components). */
export const enViews = {} as const;
