import type { enMarketUpdate } from './en-market-update';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Testo italiano di «Aggiorna i dati di mercato» (Guadagni). */
export const itMarketUpdate: Widen<typeof enMarketUpdate> = {
  title: 'Dati di mercato aggiornati',
  button: 'Aggiorna i dati di mercato',
  busy: 'Richiesta in corso…',
  explain: 'Chiede a {{sources}} i prezzi di oggi delle monete, la difficoltà, l’hashrate di rete e le commissioni. RigShift resta offline finché non fai clic; non viene inviato nulla su di te o sui tuoi dispositivi, e un dato che non si riesce a leggere mantiene il valore precedente.',
  never: 'I dati qui sotto sono i valori predefiniti datati forniti con RigShift.',
  last: 'Ultimo aggiornamento: {{date}}.',
  updated_one: '{{source}}: {{count}} dato aggiornato',
  updated_other: '{{source}}: {{count}} dati aggiornati',
  rejected: '{{source}}: {{key}} ignorato perché non plausibile, mantenuto il dato precedente',
  failed: '{{source}}: {{problem}}; i suoi dati sono stati mantenuti',
  fetched: 'scaricato il {{date}}',
  problems: {
    timeout: 'nessuna risposta in tempo',
    cancelled: 'annullato',
    http: 'il server ha rifiutato la richiesta',
    'not-json': 'la risposta non era leggibile',
    'too-large': 'la risposta era troppo grande',
    unreachable: 'non raggiungibile (sei offline?)',
    'unexpected-reply': 'la risposta non conteneva i dati attesi',
  },
};
