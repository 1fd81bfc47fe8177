/** Colours and dash patterns per option (lines are also told apart by dash and label, not colour alone). */
export const OPTION_STYLE = {
  mine: { label: 'Keep mining', color: '#f59e0b', dash: undefined },
  rent: { label: 'Rent the GPUs', color: '#38bdf8', dash: undefined },
  sell: { label: 'Sell now', color: '#a78bfa', dash: '6 4' },
  off: { label: 'Switch off', color: '#94a3b8', dash: '2 4' },
} as const;
