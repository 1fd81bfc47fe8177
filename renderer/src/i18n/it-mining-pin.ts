import type { enMiningPin } from './en-mining-pin';

/** Testo italiano dei dati di mining per dispositivo (Guadagni). */
export const itMiningPin: typeof enMiningPin = {
  line: 'Mining: {{coin}} · {{hashrate}} · {{powerW}} W per scheda',
  fallback: 'Mining: stimato (nessun dato di hashrate per questa scheda)',
  yours: 'i tuoi dati',
  edit: 'Modifica',
  editLabel: 'Modifica i dati di mining di {{name}}',
  coin: 'Moneta',
  auto: 'Moneta migliore (automatica)',
  hashrate: 'Hashrate per scheda ({{unit}})',
  hashrateNeedsCoin: 'Scegli una moneta per inserire il tuo hashrate',
  power: 'Potenza alla presa per scheda (W)',
  tablePlaceholder: 'tabella: {{value}}',
  save: 'Salva',
  reset: 'Ripristina i valori della tabella',
  cancel: 'Annulla',
  invalidHashrate: 'Hashrate: un numero maggiore di 0',
  invalidPower: 'Potenza alla presa: un numero da 1 a 5000 W',
};
