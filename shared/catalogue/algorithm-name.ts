import type { MiningAlgorithm } from './asic-spec';

/** The one display name of each mining algorithm, used by the CLI, the reports and the interface alike. */
export const ALGORITHM_NAMES: Record<MiningAlgorithm, string> = {
  sha256: 'SHA-256',
  scrypt: 'Scrypt',
  kheavyhash: 'kHeavyHash',
  equihash: 'Equihash',
  x11: 'X11',
  etchash: 'Etchash',
  blake3: 'Blake3',
  blake2b: 'Blake2b',
  eaglesong: 'Eaglesong',
  other: 'other',
};

export const algorithmName = (algorithm: MiningAlgorithm): string => ALGORITHM_NAMES[algorithm];
