/**
 * Normalises the PCI addresses tools print to one form, "0000:01:00.0":
 * nvidia-smi "00000000:01:00.0", lspci/systeminformation "01:00.0", Windows "PCI bus 1, device 0, function 0" is not handled (null).
 */
export function normaliseBusId(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const match = /^(?:([0-9a-f]{4,8}):)?([0-9a-f]{2}):([0-9a-f]{2})\.([0-7])$/i.exec(raw.trim());
  if (!match) return null;
  const domain = (match[1] ?? '0000').slice(-4);
  return `${domain}:${match[2]}:${match[3]}.${match[4]}`.toLowerCase();
}
