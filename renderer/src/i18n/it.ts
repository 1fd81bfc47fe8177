import type { Messages } from './en';
import { itViews } from './it-views';

/** Testo italiano dell'interfaccia: stesse chiavi dell'inglese (TypeScript lo verifica). */
export const it: Messages = {
  ...itViews,
  app: {
    tagline: 'hardware da mining → lavoro di IA',
    views: 'Viste',
    tabs: { machine: 'Questa macchina', network: 'Rete', inventory: 'Inventario', compare: 'Confronta', plan: 'Piano', earnings: 'Guadagni' },
    tabCount: '{{label}} ({{count}})',
    loading: 'Caricamento…',
    language: 'Lingua',
    languages: { auto: 'Automatica (sistema)', en: 'English', it: 'Italiano' },
    dismissSettingsNotice: 'Chiudi l’avviso sulle impostazioni',
  },
  plan: {
    title: 'Piano di riconversione: cosa fare con ogni macchina',
    intro: 'Le opzioni di ogni dispositivo nei prossimi 12 mesi, al netto dell’elettricità, dalla migliore. I valori vengono dalle ipotesi di mercato datate (modificabili in Guadagni).',
    empty: 'Ancora niente da pianificare: scansiona questa macchina o la rete, importa un rig o aggiungi hardware in Inventario.',
    ownUseHours: 'Uso personale per IA (ore al giorno)',
    export: { title: 'Esporta', pdf: 'Rapporto PDF', csv: 'CSV', json: 'JSON', printHint: 'Si apre la finestra di stampa del browser: scegli «Salva come PDF».' },
    options: { mine: 'Continua a minare', rent: 'Noleggia le GPU', 'own-ai': 'Usale per la tua IA', sell: 'Vendi', off: 'Spegni' },
    notes: {
      'no-price': 'nessun prezzo di noleggio noto',
      'would-not-list': 'non verrebbe accettato: {{detail}}',
      'no-resale': 'nessun valore di rivendita noto',
      'no-mining-figures': 'nessun dato di mercato per la sua moneta',
      estimate: 'stima',
    },
    reasons: {
      'keep-mining': 'Minare rende ancora di più: {{best}} in 12 mesi.',
      'rent-beats-mining': 'Il noleggio rende {{best}} in 12 mesi contro {{mining}} del mining.',
      'own-ai-beats-mining': 'Il tuo lavoro di IA vale {{best}} ai prezzi di mercato, contro {{mining}} del mining.',
      'sell-beats-running': 'Vendere ora porta {{best}}; il mining renderebbe {{mining}} in 12 mesi.',
      'switch-off-losing': 'Il mining perde {{mining}} in 12 mesi: spegnilo.',
      'nothing-pays': 'Nessuna opzione rende: spegnere non costa nulla.',
    },
    table: { device: 'Dispositivo', where: 'Dove', recommended: 'Consigliato', why: 'Perché', options: 'Tutte le opzioni, netto a 12 mesi', power: 'Potenza' },
    site: {
      title: 'Sito: {{name}}',
      retired: '{{count}} ASIC in perdita tolti dal mining liberano {{power}} di potenza e raffreddamento.',
      none: 'Nessun ASIC di questo sito è in perdita al suo prezzo dell’elettricità.',
      hosts: 'Potrebbero alimentare circa: {{list}} (15 % tenuto per host, ventole e perdite).',
      net: '12 mesi: tutto in mining {{mining}} · questo piano {{plan}}',
    },
    portfolio: {
      title: 'Netto mensile della flotta: questo piano contro tutto in mining',
      intro: 'Prezzo della moneta dimezzato (ribasso), come oggi (base) e +50 % (rialzo). Le vendite sono una tantum e non compaiono nelle linee mensili.',
      bear: 'Ribasso (−50 %)',
      base: 'Base',
      bull: 'Rialzo (+50 %)',
      plan: 'Questo piano',
      mining: 'Tutto in mining',
      cushion: 'Un dimezzamento del prezzo costa a questo piano {{plan}} all’anno, contro {{mining}} se tutto resta in mining.',
      sales: 'Più {{amount}} una tantum dalle vendite.',
      month: 'mese',
    },
    skipped: 'Non in catalogo, quindi non pianificati: {{names}}',
    assumptions: 'Elettricità {{price}}/kWh ({{origin}}), prezzi e difficoltà secondo le ipotesi di mercato; uso personale per IA {{hours}} h/giorno.',
    originSite: 'prezzo di questo sito',
    originApp: 'impostazione dell’app',
  },
};
