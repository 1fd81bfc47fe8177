/** A per-model (or per-platform) market key: "rental:<id>", "resale:<id>", "platformFee:<id>". */
export type ModelKeyPrefix = 'rental' | 'resale' | 'platformFee';

const built: Record<ModelKeyPrefix, Map<string, string>> = { rental: new Map(), resale: new Map(), platformFee: new Map() };
const MAX_IDS = 10_000;

/** The key, built once per id: a key string built on every read costs a fresh hash on every market lookup. */
export function modelKey(prefix: ModelKeyPrefix, id: string): string {
  const keys = built[prefix];
  let key = keys.get(id);
  if (key === undefined) {
    if (keys.size >= MAX_IDS) keys.clear();
    keys.set(id, (key = `${prefix}:${id}`));
  }
  return key;
}
