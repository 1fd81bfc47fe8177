/** English text of the per-device mining pin (Earnings). */
export const enMiningPin = {
  line: 'Mining: {{coin}} · {{hashrate}} · {{powerW}} W per card',
  fallback: 'Mining: estimated (no hashrate figure for this card)',
  yours: 'your figures',
  edit: 'Edit',
  editLabel: 'Edit mining figures of {{name}}',
  coin: 'Coin',
  auto: 'Best coin (automatic)',
  hashrate: 'Hashrate per card ({{unit}})',
  hashrateNeedsCoin: 'Choose a coin to enter your hashrate',
  power: 'Wall power per card (W)',
  tablePlaceholder: 'table: {{value}}',
  save: 'Save',
  reset: 'Reset to table values',
  cancel: 'Cancel',
  invalidHashrate: 'Hashrate: a number above 0',
  invalidPower: 'Wall power: a number from 1 to 5000 W',
};
