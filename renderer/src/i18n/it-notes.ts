import type { EarningsNoteCode } from '../../../shared/earnings/note-text';

/** Earnings and comparison notes in Italian, one per code. */
export const itNotes: Record<EarningsNoteCode, string> = {
  'gpu-mining-anchor': 'Mining GPU stimato dal ricavo lordo della moneta migliore per una RTX 4090 ({usdPerDay} $/giorno, {date}) in proporzione ai TFLOPS FP32',
  'gpu-best-coin': 'Mining GPU: {coin} su {algorithm} a {hashrate} e {powerW} W per scheda',
  'gpu-best-coin-yours': 'Mining GPU: {coin} su {algorithm} a {hashrate} e {powerW} W per scheda (i tuoi dati)',
  'gpu-hashrate-estimated': 'Nessun dato {algorithm} pubblicato per la {name}: stimato dalla {peer} in proporzione alla banda di memoria',
  'no-coin-figures': 'Nessun dato di mercato per le monete {algorithm}: il mining non viene proiettato',
  'rental-price-estimated': 'Nessun prezzo di noleggio di mercato per la {name}: stimato in {price} USD/ora-GPU dalla mediana della RTX 3090 in proporzione ai TFLOPS FP32 (inseriscine uno reale se lo hai)',
  'no-rental-price': 'Nessun prezzo di noleggio per la {name}: inseriscine uno per proiettare il noleggio',
  'would-not-list': 'Non verrebbe accettato dal marketplace: {parts}',
  'asic-not-rentable': 'Gli ASIC non si possono noleggiare per l’IA; la loro alimentazione e il raffreddamento possono ospitare GPU',
  'no-resale': 'Valore di rivendita sconosciuto: inseriscine uno per confrontare la vendita',
  'catalogue-gpu': 'Dal catalogo: RAM, disco e CPU dell’host sconosciuti; collegamento PCIe come da catalogo',
  'catalogue-asic': 'Dal catalogo: hashrate e potenza di targa',
  'not-projected': 'Non è un modello del catalogo: mining e noleggio non vengono proiettati',
  'rig-whole': 'L’intero rig come una sola macchina: VRAM, TFLOPS e $/giorno sono i suoi totali, la potenza è per scheda; banda, collegamento ed età quelli della scheda più lenta; i modelli troppo grandi per una scheda sono divisi tra le sue schede',
  'not-estimated-sdxl': 'Immagini SDXL al minuto: il giudizio verifica VRAM e supporto software per la generazione di immagini, non la velocità',
  'not-estimated-load': 'Tempo di caricamento dal disco: il giudizio misura solo il trasferimento PCIe, e solo quando il collegamento è noto',
};
