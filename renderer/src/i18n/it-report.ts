import type { Messages } from './en';

/** Le parole proprie del report stampato. */
export const itReport: Messages['report'] = {
  verdictsTitle: 'Cosa può fare ogni dispositivo per l’IA',
  machine: 'Macchina',
  device: 'Dispositivo',
  summaryHead: 'Giudizi IA',
  best: 'Il meglio che fa',
  summary: '✔ {{yes}} sì · ◐ {{limited}} limitati · ✘ {{no}} no',
  nothing: 'niente a una velocità utilizzabile',
  measured: 'misurato {{value}} tok/s ({{date}}), {{model}} {{quant}} · stimato ≈ {{estimate}}',
  measuredNoEstimate: 'misurato {{value}} tok/s ({{date}}), {{model}} {{quant}} · nessuna stima',
  wholeRig: 'Rig intero: {{gpus}} GPU, {{vram}} GB di VRAM in tutto',
  auditTitle: 'Idoneità al noleggio per rig',
  remain: 'Piattaforme che restano',
  rentCounts: 'Il noleggio conta',
  fixes: 'Interventi (☑ spuntati: “Lo farò”)',
  rules: 'Regole non superate o non verificabili (rilevato rispetto al richiesto)',
  noneFailed: 'nessuna',
  inputs: 'Linea {{down}} / {{up}} Mbps (download / upload), disponibilità {{uptime}} %',
};
