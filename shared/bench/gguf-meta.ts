import { readGgufKeys } from './gguf-keys';

/**
 * The few `general.*` keys of a GGUF header that name a model (name, architecture, file type, size label), read from
 * the file's first bytes only (the walk itself: ./gguf-keys.ts).
 */
export interface GgufMeta {
  name: string | null;
  architecture: string | null;
  fileType: number | null;
  sizeLabel: string | null;
}

const textOf = (keys: Map<string, string | number>, key: string): string | null => {
  const value = keys.get(key);
  return typeof value === 'string' ? value : null;
};

export function readGgufMeta(head: Uint8Array): GgufMeta | null {
  const keys = readGgufKeys(head);
  if (!keys) return null;
  const fileType = keys.get('general.file_type');
  return { name: textOf(keys, 'general.name'), architecture: textOf(keys, 'general.architecture'), fileType: typeof fileType === 'number' ? fileType : null, sizeLabel: textOf(keys, 'general.size_label') };
}
