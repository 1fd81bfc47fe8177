import type { Message, MessageValues } from '../text/message';

/**
 * Every sentence of the rental readiness audit, as a code and its English ({name} marks a value; an unknown
 * measurement is the value "?"). The interface words the codes in its language (renderer/src/i18n/it-audit.ts).
 * RAM and VRAM are GiB (binary, as the OS reports them), SSD space decimal GB, speeds Mbps.
 */
export const auditText = {
  // Rule checks: what was measured against what is required
  'audit-gpu-allowed': 'GPU {gpus}; accepted: {parts}',
  'audit-allow-vast': 'NVIDIA 10-series or newer; from AMD only MI25 or newer, Radeon VII, RX 7900 GRE/XT/XTX, Pro W7800/W7900',
  'audit-allow-ionet-windows': 'on Windows, NVIDIA RTX 30-series or newer',
  'audit-allow-salad': 'NVIDIA GeForce RTX/GTX consumer cards only',
  'audit-allow-clore': 'NVIDIA (CUDA) cards',
  'audit-vram': 'VRAM {measured} GiB per GPU; needs at least {required} GiB',
  'audit-ram-per-gpu': 'RAM {measured} GiB; needs {perGpu} GiB per GPU, {required} GiB for {gpus} GPUs',
  'audit-ram-total': 'RAM {measured} GiB; needs at least {required} GiB',
  'audit-cores-per-gpu': '{measured} CPU cores; needs {perGpu} per GPU, {required} for {gpus} GPUs',
  'audit-avx': 'CPU with AVX: {measured}; AVX is required',
  'audit-ssd-per-gpu': '{measured} GB of free SSD; needs {perGpu} GB per GPU, {required} GB for {gpus} GPUs',
  'audit-ssd-total': '{measured} GB of free SSD; needs at least {required} GB',
  'audit-pcie-lanes': 'PCIe x{measured}; needs 1 lane per {tflopsPerLane} TFLOPS, x{required} for {gpu} ({tflops} TFLOPS)',
  'audit-os': 'Operating system {measured}; accepted: {required}',
  'audit-same-type': '{measured} GPU models in the machine; all GPUs must be the same model',
  'audit-downlink': 'Download {measured} Mbps; needs at least {required} Mbps',
  'audit-uplink': 'Upload {measured} Mbps; needs at least {required} Mbps',
  'audit-line-per-vram': 'Line {measured} Mbps (the slower way); needs {perGiB} Mbps per GiB of VRAM, {required} Mbps for {vram} GiB ({floor}–{ceiling})',
  'audit-uptime': 'Expected uptime {measured} %; needs at least {required} %',
  // Verdicts per platform and for the rig
  'audit-passes': '{platform}: passes',
  'audit-passes-after-fixes': '{platform}: passes after {count} fixes',
  'audit-fails': '{platform}: fails',
  'audit-unknowns': '{count} rules unknown: enter or detect the missing values',
  'audit-remain': 'Platforms that remain: {platforms}',
  'audit-remain-none': 'No platform remains: this rig cannot list on the marketplaces checked',
  'audit-no-verify-rigs': 'Vast.ai: "mining rigs may never be verified"; listing is not verification',
  // Fixes
  'fix-add-ram': 'Add {gib} GiB of RAM (to {total} GiB)',
  'fix-add-ssd': 'Add {gb} GB of SSD space (to {total} GB free)',
  'fix-pcie-slots': 'Replace the x{width} risers with x{slot} slots: a board with {gpus} slots of x{slot} or wider',
  'fix-replace-cpu': 'Replace the CPU with one that has AVX and at least {cores} cores',
  'fix-install-os': 'Install {os}',
  'fix-split-machines': 'Split the GPUs into {machines} machines, one GPU model each',
  'fix-faster-down': 'Get an internet line with at least {mbps} Mbps download',
  'fix-faster-up': 'Get an internet line with at least {mbps} Mbps upload',
  'fix-faster-line': 'Get an internet line with at least {mbps} Mbps both ways',
  'fix-raise-uptime': 'Keep the rig online at least {percent} % of the time (UPS, steady power and network)',
  // Rough costs
  'cost-range': 'about {low}–{high} USD (rough assumption, {date})',
  'cost-unknown': 'cost depends on your provider',
  'cost-basis-ram': 'desktop DDR4/DDR5 modules, used to new, per GiB',
  'cost-basis-ssd': 'a SATA or NVMe SSD, per GB',
  'cost-basis-board-small': 'a consumer board with two x8/x16 slots',
  'cost-basis-board-large': 'a used workstation or server board and CPU with up to 7 x16 slots',
  'cost-basis-cpu': 'a used desktop CPU with AVX for the same socket',
  'cost-basis-machine': 'one more host from used parts (board, CPU, RAM, PSU, SSD)',
  'cost-basis-os': 'no purchase: a reinstall and a few hours of downtime',
} as const;

export type AuditCode = keyof typeof auditText;
export type AuditMessage = Message<AuditCode>;

export const auditMessage = (code: AuditCode, values?: MessageValues, parts?: Message[]): AuditMessage => ({
  code,
  ...(values ? { values } : {}),
  ...(parts ? { parts } : {}),
});
