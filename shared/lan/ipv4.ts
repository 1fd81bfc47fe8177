/** IPv4 addresses as unsigned 32-bit numbers. */
export function parseIpv4(text: string): number | null {
  const parts = text.trim().split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

export const formatIpv4 = (value: number): string => [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');

const inBlock = (ip: number, base: string, prefix: number): boolean => {
  const start = parseIpv4(base) ?? 0;
  const size = 2 ** (32 - prefix);
  return ip >= start && ip < start + size;
};

export type AddressClass = 'loopback' | 'private' | 'link-local' | 'public' | 'reserved';

/** RFC 1918 private, loopback, link-local; CGNAT (100.64/10) counts as public: other people's devices live there. */
export function classifyIpv4(ip: number): AddressClass {
  if (inBlock(ip, '127.0.0.0', 8)) return 'loopback';
  if (inBlock(ip, '10.0.0.0', 8) || inBlock(ip, '172.16.0.0', 12) || inBlock(ip, '192.168.0.0', 16)) return 'private';
  if (inBlock(ip, '169.254.0.0', 16)) return 'link-local';
  if (inBlock(ip, '0.0.0.0', 8) || inBlock(ip, '224.0.0.0', 4) || inBlock(ip, '240.0.0.0', 4)) return 'reserved';
  return 'public';
}
