import { classifyIpv4, formatIpv4, parseIpv4 } from './ipv4';

/** A /16 is the most RigShift scans; above a /22 the user must confirm. */
export const MAX_ADDRESSES = 2 ** 16;
export const CONFIRM_ABOVE = 2 ** 10;
export const MAX_TARGET_SPECS = 64;

export interface TargetRange {
  spec: string;
  first: number;
  last: number;
}

export interface TargetPlan {
  ranges: TargetRange[];
  total: number;
  /** Specs that reach public addresses: scanning them needs an explicit yes. */
  publicSpecs: string[];
  /** More than CONFIRM_ABOVE addresses: needs an explicit yes. */
  large: boolean;
  errors: string[];
}

/** "192.168.1.0/24", "10.0.0.5-10.0.0.80", "10.0.0.5-80", "10.0.0.7" → an inclusive address range, or an error. */
export function parseTarget(raw: string): TargetRange | string {
  const spec = raw.trim();
  if (spec.length === 0 || spec.length > 64) return `"${spec.slice(0, 64)}" is not an address, range or CIDR`;
  const cidr = /^([\d.]+)\/(\d{1,2})$/.exec(spec);
  if (cidr) {
    const ip = parseIpv4(cidr[1] ?? '');
    const prefix = Number(cidr[2]);
    if (ip === null || prefix > 32) return `"${spec}" is not a valid CIDR`;
    if (prefix < 16) return `"${spec}" is larger than a /16; split it into smaller ranges`;
    const size = 2 ** (32 - prefix);
    const network = ip - (ip % size);
    // Skip the network and broadcast addresses of ordinary subnets.
    return size >= 4 ? { spec, first: network + 1, last: network + size - 2 } : { spec, first: network, last: network + size - 1 };
  }
  const range = /^([\d.]+)\s*-\s*([\d.]+)$/.exec(spec);
  if (range) {
    const first = parseIpv4(range[1] ?? '');
    const endText = range[2] ?? '';
    const last = /^\d{1,3}$/.test(endText) && first !== null ? first - (first % 256) + Number(endText) : parseIpv4(endText);
    if (first === null || last === null || Number(endText) > 255) return `"${spec}" is not a valid range`;
    if (last < first) return `"${spec}" ends before it starts`;
    if (last - first + 1 > MAX_ADDRESSES) return `"${spec}" is larger than a /16`;
    return { spec, first, last };
  }
  const ip = parseIpv4(spec);
  return ip === null ? `"${spec}" is not an IPv4 address, range (a-b) or CIDR (a/n)` : { spec, first: ip, last: ip };
}

/** Validates and sizes a list of targets; overlapping specs are counted once. */
export function planTargets(specs: readonly string[]): TargetPlan {
  const errors: string[] = [];
  const ranges: TargetRange[] = [];
  if (specs.length > MAX_TARGET_SPECS) errors.push(`At most ${MAX_TARGET_SPECS} targets per scan`);
  for (const spec of specs.slice(0, MAX_TARGET_SPECS)) {
    const parsed = parseTarget(spec);
    if (typeof parsed === 'string') errors.push(parsed);
    else ranges.push(parsed);
  }
  const total = countUnique(ranges);
  if (total > MAX_ADDRESSES) errors.push(`${total} addresses in all: more than a /16 (${MAX_ADDRESSES})`);
  const publicSpecs = ranges.filter((r) => hasPublic(r)).map((r) => r.spec);
  const reserved = ranges.filter((r) => classifyIpv4(r.first) === 'reserved' || classifyIpv4(r.last) === 'reserved');
  for (const r of reserved) errors.push(`"${r.spec}" is a reserved or multicast range`);
  return { ranges, total, publicSpecs, large: total > CONFIRM_ABOVE, errors };
}

const hasPublic = (r: TargetRange): boolean => {
  // Ranges are at most a /16, so checking the ends and every /16 boundary in between is exact enough for the classes above.
  for (let ip = r.first; ip <= r.last; ip += 2 ** 16) if (classifyIpv4(ip) === 'public') return true;
  return classifyIpv4(r.last) === 'public';
};

function countUnique(ranges: TargetRange[]): number {
  const sorted = [...ranges].sort((a, b) => a.first - b.first);
  let total = 0;
  let end = -1;
  for (const r of sorted) {
    if (r.last <= end) continue;
    total += r.last - Math.max(r.first, end + 1) + 1;
    end = r.last;
  }
  return total;
}

/** Every address of the plan, once, in order. */
export function* addresses(plan: TargetPlan): Generator<string> {
  const sorted = [...plan.ranges].sort((a, b) => a.first - b.first);
  let end = -1;
  for (const r of sorted) {
    for (let ip = Math.max(r.first, end + 1); ip <= r.last; ip++) yield formatIpv4(ip);
    end = Math.max(end, r.last);
  }
}

/** The /24 (or the interface's own smaller subnet) around a local address: the default scan target. */
export function subnetFor(address: string, prefix: number): string | null {
  const ip = parseIpv4(address);
  if (ip === null) return null;
  const effective = Math.max(prefix, 24);
  const size = 2 ** (32 - effective);
  return `${formatIpv4(ip - (ip % size))}/${effective}`;
}
