/** Colours and dash patterns per option (lines are also told apart by dash and label, not colour alone). */
export const OPTION_STYLE = {
  mine: { labelKey: 'earnings.options.mine', color: '#f59e0b', dash: undefined },
  rent: { labelKey: 'earnings.options.rent', color: '#38bdf8', dash: undefined },
  sell: { labelKey: 'earnings.options.sell', color: '#a78bfa', dash: '6 4' },
  off: { labelKey: 'earnings.options.off', color: '#94a3b8', dash: '2 4' },
} as const;
