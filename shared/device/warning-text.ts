import { wordMessage, type Message, type MessageValues } from '../text/message';

/**
 * What a scan noticed about a device (GPU readings, a miner's replies) and how the catalogue matched it: codes and
 * their English wording. The CLI prints the English; the interface words the codes (renderer/src/i18n/it-warnings.ts).
 */
export const deviceWarningText = {
  // The machine's scan
  'nvidia-smi-timeout': 'nvidia-smi did not answer within {ms} ms and was stopped (a hung driver or a lost GPU); NVIDIA details are unknown.',
  'nvidia-smi-failed': 'nvidia-smi failed (exit {exit})',
  'nvidia-smi-failed-said': 'nvidia-smi failed (exit {exit}): {said}',
  'si-shape-system': 'systeminformation returned CPU, RAM, disk and OS details in an unexpected shape; they are unknown.',
  'si-shape-graphics': 'systeminformation returned the systeminformation graphics listing in an unexpected shape; it is unknown.',
  'si-failed-system': 'systeminformation (system) failed: {detail}; CPU, RAM, disk and OS details are unknown.',
  'si-failed-graphics': 'systeminformation (graphics) failed: {detail}; the systeminformation graphics listing is unknown.',
  'ignored-adapter': 'Ignored {name}',
  // Local GPUs
  'nvidia-smi-lost': 'nvidia-smi could not read this GPU: {detail}',
  'nvidia-smi-unlisted': 'nvidia-smi did not list this GPU (driver not bound, or the GPU fell off the bus)',
  'nvidia-smi-none': 'No nvidia-smi reading: compute capability, power limit and driver are unknown',
  'vram-unread': 'VRAM could not be read from any tool',
  'pcie-narrow': 'PCIe link runs at x{width} of x{widthMax} (riser or narrow slot)',
  // LAN miners
  'seen-through-miner': 'Seen through its mining software: PCIe link and host RAM are unknown',
  'replies-unreadable': 'Identified, but its replies could not be read in full',
  'partial-model': 'Partially recognised: a {make} "{model}" the catalogue does not list',
  'partial-no-model': 'Partially recognised: a {make} miner that did not report its model',
  'reply-too-deep': 'Reply nested deeper than {max} levels; not read ({replies})',
  'unknown-family': 'Answers the cgminer-style API on 4028 but matches no known miner family',
  'host-replies-unreadable': 'its replies could not be read (too large or too deeply nested); not read',
  'host-scan-failed': 'The scan of this address failed; nothing was read from it',
  'hashrate-invalid': 'Reported hashrate is not a valid number and was ignored',
  'hashrate-impossible': 'Reported hashrate ({hs} H/s) is impossible and was ignored',
  'hashrate-too-high': "Reported hashrate {hashrate} is far above the {name}'s nominal {nominal}; ignored",
  'hashrate-low': 'Hashrate {hashrate} is well below the nominal {nominal}: failed boards or throttled?',
  'power-invalid': 'Reported power is not a valid figure and was ignored',
  'power-implausible': 'Reported power {watts} W is implausible for a {name} (nameplate {nameplate} W); ignored',
  'temperatures-dropped': '{count} temperature reading(s) outside {min}…{max} °C ignored',
  'fans-dropped': '{count} fan reading(s) above {max} RPM or negative ignored',
  'pool-too-long': 'Pool URL longer than {max} characters; dropped',
  'pool-bad-characters': 'Pool URL contains spaces or control characters; dropped',
  'pool-not-url': 'Pool URL is not a stratum or http(s) URL; dropped',
  'pool-no-host': 'Pool URL has no valid host and port; dropped',
  // Catalogue matches
  'match-pci': 'The PCI device id matches the catalogue',
  'match-pci-revision': 'The PCI device id and revision match the catalogue',
  'match-pci-family': 'PCI id fits {count} catalogue models; VRAM did not tell them apart',
  'match-none': '"{name}" is not in the catalogue',
  'match-shared-name': "The name is {name}'s; {others} other model(s) share it and differ in VRAM",
  'match-name-parts': 'Every part of the detected name appears in {name}',
  'match-name-family': 'The name fits {count} catalogue models ({names})',
  'match-vram-differs': 'Name matches {name} but the detected VRAM ({mib} MiB) differs from its {gb} GB',
  'match-name': 'The name matches the catalogue',
  'match-catalogue-parts': 'Every part of the catalogue name appears in the detected name',
  'match-asic-family': 'The name fits {count} models',
  'match-nothing': 'Nothing to match',
  'match-picked': 'Picked from the catalogue',
  'match-reported': 'Model reported by the miner',
  'match-no-model': 'The miner did not report a model',
} as const;

export type DeviceWarningCode = keyof typeof deviceWarningText;

export const deviceWarning = (code: DeviceWarningCode, values?: MessageValues): Message<DeviceWarningCode> => (values ? { code, values } : { code });

/** A device message in English (what the CLI prints and the warnings/reason strings carry). */
export const deviceMessageInEnglish = (m: Message): string => wordMessage(m, deviceWarningText);

/** A device's warnings both ways: the codes the interface words and the English the CLI prints, in step. */
export const warningsFrom = (messages: readonly Message[]): { warnings: string[]; warningCodes: Message[] } => ({ warnings: messages.map(deviceMessageInEnglish), warningCodes: [...messages] });
