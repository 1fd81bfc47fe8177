import type { Message, MessageValues } from '../text/message';

/**
 * Why an earnings option is missing, estimated or flagged: codes and their English wording. The CLI prints the
 * English; the interface words the codes in its language (renderer/src/i18n/it-notes.ts covers each).
 */
export const earningsNoteText = {
  'gpu-mining-anchor': "GPU mining estimated from the RTX 4090's best-coin gross (${usdPerDay}/day, {date}) scaled by FP32 TFLOPS",
  'gpu-best-coin': 'GPU mining: {coin} on {algorithm} at {hashrate} and {powerW} W per card',
  'gpu-best-coin-yours': 'GPU mining: {coin} on {algorithm} at {hashrate} and {powerW} W per card (your figures)',
  'gpu-hashrate-estimated': 'No published {algorithm} figure for the {name}: estimated from the {peer} by memory bandwidth',
  'no-coin-figures': 'No market figures for {algorithm} coins: mining is not projected',
  'rental-price-estimated': 'No market rental price for the {name}: estimated at {price} USD/GPU-hour from the RTX 3090 median by FP32 TFLOPS (enter a real one if you have it)',
  'no-rental-price': 'No rental price for the {name}: enter one to project renting',
  'would-not-list': 'Would not list on the marketplace: {parts}',
  'asic-not-rentable': 'ASICs cannot be rented for AI work; their power and cooling can host GPUs instead',
  'no-resale': 'No resale value known: enter one to compare selling',
  'catalogue-gpu': 'From the catalogue: host RAM, disk and CPU unknown; PCIe link as the catalogue gives it',
  'catalogue-asic': 'From the catalogue: nameplate hashrate and power',
  'not-projected': 'Not a catalogue model: mining and renting are not projected',
  'rig-whole': 'The whole rig as one machine: VRAM, TFLOPS and $/day are its totals, power is per card; bandwidth, link and age are its slowest card’s; models too big for one card are split across its cards',
  'not-estimated-sdxl': 'SDXL images per minute: the judge checks VRAM and software support for image generation, not its speed',
  'not-estimated-load': 'Load time from disk: the judge times only the PCIe transfer, and only when the link is known',
} as const;

export type EarningsNoteCode = keyof typeof earningsNoteText;

export const earningsNote = (code: EarningsNoteCode, values?: MessageValues): Message<EarningsNoteCode> => (values ? { code, values } : { code });
