/** Words that vendors and OS tools add around a model name but that never tell two SKUs apart. */
const NOISE = new Set([
  'nvidia', 'geforce', 'amd', 'ati', 'radeon', 'advanced', 'micro', 'devices', 'inc', 'corporation', 'corp', 'graphics',
  'series', 'gpu', 'tm', 'r', 'lhr', 'oem', 'founders', 'edition', 'the', 'card', 'video', 'controller', 'display',
  'vga', 'compatible', 'intel', 'tesla', 'apple', 'co', 'ltd', 'limited',
]);

/**
 * Tokens that make a different SKU when present: "3060 Ti" is not "3060", "H100 PCIe" is not "H100 SXM".
 * A raw name carrying one of these only matches an entry that carries it too.
 */
export const DISTINGUISHING = new Set([
  'ti', 'super', 'xt', 'xtx', 'gre', 'max', 'pro', 'ultra', 'sxm', 'sxm4', 'sxm5', 'sxm2', 'pcie', 'nvl', 'laptop', 'mobile',
  'hx', 'se', 'sp', 'hbm3', 'hbm2e', 'ada', 'nano', 'mini', 'plus', 'hydro', 'hyd', 'xp', 'j', 'k', 'lite',
]);

const SUFFIX = /ti|super|xtx|xt|hx|gre|pro|plus|max|xp|se|j|k|x/g;
const SUFFIXED = /(\d{2,4})((?:ti|super|xtx|xt|hx|gre|pro|plus|max|xp|se|j|k|x)+)\b/g;

export interface NameTokens {
  tokens: string[];
  /** "12GB" / "12 GB" written in the name, in GB. */
  sizeGB: number | null;
}

/** Lower-cases, drops noise and revision marks, splits "3060Ti" / "170HX" into model number and suffix. */
export function tokenise(raw: string): NameTokens {
  let text = raw.toLowerCase().replace(/\(rev [0-9a-f]+\)/g, ' ').replace(/\((tm|r)\)|™|®/g, ' ');
  let sizeGB: number | null = null;
  // "8GB", "8 GB", "8G" as miners type it.
  text = text.replace(/(\d+)\s*g(?:b|ib)?\b/g, (_, n: string) => {
    sizeGB = Number(n);
    return ' ';
  });
  // "rx580", "rtx3070" → brand and model number; "3060Ti", "s19pro", "s19jpro" → model number and suffixes.
  text = text.replace(/\b(rx|rtx|gtx|gts|gt|cmp)(\d{3,4})/g, '$1 $2');
  text = text.replace(SUFFIXED, (_, number: string, suffixes: string) => `${number} ${suffixes.match(SUFFIX)?.join(' ') ?? suffixes}`);
  const tokens = text
    .split(/[^a-z0-9+]+/)
    .map((token) => (token === '+' ? 'plus' : token.replace(/\+$/, ' plus').trim()))
    .flatMap((token) => token.split(' '))
    .filter((token) => token.length > 0 && !NOISE.has(token));
  return { tokens, sizeGB };
}

/** Expands lspci/family strings: "Ellesmere [Radeon RX 470/480/570/570X/580/580X/590]" → the bracketed names, one per model. */
export function expandName(raw: string): string[] {
  const bracket = /\[([^\]]+)\]\s*(?:\(rev [0-9a-f]+\))?\s*$/i.exec(raw);
  const inner = bracket?.[1] ?? raw;
  const parts = inner.split('/').map((part) => part.trim()).filter(Boolean);
  if (parts.length <= 1) return [inner];
  const first = parts[0] ?? '';
  const prefix = /^(.*?)(\S+)$/.exec(first)?.[1] ?? '';
  return [first, ...parts.slice(1).map((part) => (/\s/.test(part) ? part : `${prefix}${part}`))];
}
