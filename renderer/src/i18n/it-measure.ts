import type { Messages } from './en';

/** Testo italiano del pannello "Misura" in Questa macchina. */
export const itMeasure: Messages['measure'] = {
  title: 'Misura un modello su questa macchina',
  intro: 'Una breve prova llama.cpp (un prompt di 512 token, poi 128 token generati, come llama-bench) di un modello già presente su questa macchina; il risultato è conservato con il suo dispositivo e mostrato accanto alla stima.',
  open: 'Misura…',
  model: 'Modello',
  looking: 'Cerco i modelli…',
  none: 'Nessun modello GGUF trovato nelle cartelle di Ollama, LM Studio o Hugging Face, e nessun Ollama è in esecuzione su questa macchina.',
  refresh: 'Cerca di nuovo',
  groups: { ollama: 'Ollama (file su disco)', lmstudio: 'LM Studio', hf: 'Cache di Hugging Face', 'ollama-api': 'Ollama in esecuzione (i suoi tempi)', picked: 'File scelto' },
  option: '{{name}} · {{quant}} · {{size}}',
  optionNoSize: '{{name}} · {{quant}}',
  pick: 'Scegli un file GGUF…',
  start: 'Misura',
  progressLabel: 'Avanzamento della misura',
  phase: { loading: 'Caricamento del modello', prompt: 'Elaborazione del prompt', generation: 'Generazione', done: 'Fatto' },
  progress: '{{phase}} · {{percent}} %',
  done: 'Misurato {{model}}: {{decode}} tok/s in generazione, {{prompt}} tok/s sul prompt. Conservato con questa macchina.',
  cancelled: 'Misura annullata.',
  errors: {
    'measure-not-listed': 'Quel modello non è più nell’elenco: cerca di nuovo, poi sceglilo.',
    'measure-busy': 'Una misura è già in corso.',
    'measure-failed': 'La misura non è riuscita ({{reason}}).',
    'measure-pick-unsupported': 'La scelta di un file funziona nell’app desktop. Qui, metti il file GGUF in una cartella in cui RigShift cerca (per esempio quella dei modelli di LM Studio).',
    'measure-not-gguf': 'Il file scelto non è un modello GGUF leggibile.',
  },
};
