import { distance } from 'fastest-levenshtein';
import { DISTINGUISHING, expandName, tokenise, type NameTokens } from './normalise-name';

export interface Named {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface NameCandidate {
  id: string;
  /** exact = a name or alias equals the raw name after normalisation; tokens = every token of a name is in the raw name. */
  kind: 'exact' | 'tokens';
  /** Tokens matched; the longest match wins ("3060 Ti" over "3060"). */
  score: number;
  /** Size the matched name states, if any ("RTX 3060 12GB" → 12). */
  sizeGB: number | null;
}

const isNumber = (token: string): boolean => /^\d+$/.test(token);

interface PreparedRaw extends NameTokens {
  set: Set<string>;
}
type PreparedKey = NameTokens & { set: Set<string> };

/** Does raw name `raw` name the same SKU as catalogue name `key`? */
function compare(raw: PreparedRaw, key: PreparedKey): NameCandidate['kind'] | null {
  if (key.tokens.length === 0) return null;
  for (const token of key.tokens) if (!raw.set.has(token)) return null;
  // Extra tokens in the raw name that change the SKU (Ti, SXM, a second model number) rule the entry out.
  let extras = 0;
  for (const token of raw.tokens) {
    if (key.set.has(token)) continue;
    if (DISTINGUISHING.has(token) || isNumber(token)) return null;
    extras++;
  }
  if (raw.sizeGB !== null && key.sizeGB !== null && raw.sizeGB !== key.sizeGB) return null;
  return extras === 0 && (raw.sizeGB === key.sizeGB || key.sizeGB === null) ? 'exact' : 'tokens';
}

/** Catalogue names tokenised once (matching runs for every detected card and every LAN reply). */
const keyCache = new WeakMap<Named, PreparedKey[]>();
const keysOf = (entry: Named): PreparedKey[] => {
  let keys = keyCache.get(entry);
  if (!keys) {
    keys = [entry.name, ...entry.aliases].map((name) => {
      const key = tokenise(name);
      return { ...key, set: new Set(key.tokens) };
    });
    keyCache.set(entry, keys);
  }
  return keys;
};

/** Catalogue entries the raw name can be; lspci family strings ("RX 470/480/570/580") yield one candidate per model. */
export function nameCandidates(rawName: string, entries: readonly Named[]): NameCandidate[] {
  const variants = expandName(rawName.slice(0, 200)).map((name): PreparedRaw => {
    const raw = tokenise(name);
    return { ...raw, set: new Set(raw.tokens) };
  });
  const found = new Map<string, NameCandidate>();
  for (const entry of entries) {
    for (const key of keysOf(entry)) {
      for (const raw of variants) {
        const kind = compare(raw, key);
        if (!kind) continue;
        const candidate: NameCandidate = { id: entry.id, kind, score: key.tokens.length + (key.sizeGB !== null && raw.sizeGB !== null ? 1 : 0), sizeGB: key.sizeGB };
        const previous = found.get(entry.id);
        if (!previous || candidate.score > previous.score || (candidate.kind === 'exact' && previous.kind !== 'exact')) found.set(entry.id, candidate);
      }
    }
  }
  const all = [...found.values()];
  const best = Math.max(0, ...all.map((c) => c.score));
  // A longer match beats a shorter one only when it is a strict superset ("3060 ti" beats "3060"); family lists keep all.
  return variants.length > 1 ? all : all.filter((c) => c.score === best);
}

/**
 * Entries whose names contain every token of a terse raw name ("NVIDIA H100" → H100 PCIe, H100 SXM, H100 NVL).
 * Only used when nothing matched strictly; the caller reports them as a family, never as one model.
 */
export function supersetCandidates(rawName: string, entries: readonly Named[]): string[] {
  const raw = tokenise(rawName);
  if (!raw.tokens.some((token) => /\d/.test(token))) return [];
  const covers = (key: PreparedKey): boolean => raw.tokens.every((token) => key.set.has(token)) && (raw.sizeGB === null || key.sizeGB === null || key.sizeGB === raw.sizeGB);
  // A name whose missing words are only a brand ("3070" → "RTX 3070", "S19 Pro" → "Antminer S19 Pro") beats one that adds a SKU mark ("3070 Ti").
  const plain = (key: PreparedKey): boolean => covers(key) && key.tokens.every((token) => raw.tokens.includes(token) || !(DISTINGUISHING.has(token) || isNumber(token)));
  const all = entries.filter((entry) => keysOf(entry).some(covers));
  const plainOnes = all.filter((entry) => keysOf(entry).some(plain));
  return (plainOnes.length === 1 ? plainOnes : all).map((entry) => entry.id);
}

/** Closest catalogue names for an unknown name (for "did you mean"). */
export function closestNames(rawName: string, entries: readonly Named[], limit = 5): string[] {
  const raw = tokenise(rawName).tokens.join(' ');
  return entries
    .map((entry) => {
      const key = tokenise(entry.name).tokens.join(' ');
      const shared = key.split(' ').filter((t) => raw.split(' ').includes(t)).length;
      return { name: entry.name, score: distance(raw, key) - shared * 3 };
    })
    .sort((a, b) => a.score - b.score)
    .map((item) => item.name)
    .filter((name, i, names) => names.indexOf(name) === i)
    .slice(0, limit);
}
