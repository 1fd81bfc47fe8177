import type { Host } from '../device/host';
import { unknownHost } from '../device/host';
import type { SiSnapshot } from './si-snapshot';

const GIB = 2 ** 30;
const round1 = (value: number): number => Math.round(value * 10) / 10;

function disk(snapshot: SiSnapshot): Host['disk'] {
  const real = (snapshot.fs ?? []).filter((fs) => (fs.size ?? 0) > 0 && !/tmpfs|overlay|squashfs|devtmpfs/i.test(fs.type ?? ''));
  const root = real.find((fs) => fs.mount === '/' || /^[cC]:\\?$/.test(fs.mount ?? '')) ?? [...real].sort((a, b) => (b.size ?? 0) - (a.size ?? 0))[0];
  if (!root) return { totalGB: null, freeGB: null };
  return { totalGB: round1((root.size ?? 0) / GIB), freeGB: root.available === null || root.available === undefined ? null : round1(root.available / GIB) };
}

/** The host summary from systeminformation's answers; whatever it could not read stays null (unknown). */
export function buildHost(snapshot: SiSnapshot | null): Host {
  if (!snapshot) return unknownHost;
  const flags = snapshot.cpuFlags ? new Set(snapshot.cpuFlags.toLowerCase().split(/\s+/)) : null;
  const cpu = snapshot.cpu;
  return {
    cpu: {
      brand: cpu ? [cpu.manufacturer, cpu.brand].filter(Boolean).join(' ').trim() || null : null,
      physicalCores: cpu?.physicalCores ?? null,
      threads: cpu?.cores ?? null,
      avx2: flags ? flags.has('avx2') : null,
      avx: flags ? flags.has('avx') : null,
    },
    ramGB: snapshot.memTotal ? round1(snapshot.memTotal / GIB) : null,
    disk: disk(snapshot),
    os: {
      platform: snapshot.os?.platform ?? null,
      distro: snapshot.os?.distro ?? null,
      release: snapshot.os?.release ?? null,
      kernel: snapshot.os?.kernel ?? null,
      arch: snapshot.os?.arch ?? null,
    },
  };
}
