/**
 * The broken JSON real miner firmware sends, and the repairs pyasic and asic-rs apply before parsing
 * (asic-protocols.md §2.5, §6): trailing NUL, raw newlines inside strings, `,}` and `[,{`, `}{` between objects,
 * `""temp0` missing commas, "inf"/"nan", Avalon's leading-comma fragment, a truncated tail.
 */
import { boundParsed, tooDeep } from './reply-bounds';

/** cgminer ends every reply with a NUL byte (api.c send_result). */
const NUL = String.fromCharCode(0);

export function repairJson(raw: string): string {
  let text = raw.split(NUL).join('').trim();
  text = escapeControlsInStrings(text);
  text = text.replace(/,\s*([}\]])/g, '$1');
  text = text.replace(/\[\s*,\s*\{/g, '[{');
  text = text.replace(/\}\s*\{/g, '},{');
  text = text.replace(/""(?=[A-Za-z_])/g, '","');
  text = text.replace(/:\s*-?(?:inf|nan)\b/gi, ':0').replace(/"(-?inf|nan)"/gi, '0');
  if (text.startsWith(',')) text = `{${text.slice(1)}`;
  return text;
}

/** A parsed miner reply, or null with `tooDeep` set when the reply nests deeper than MAX_REPLY_DEPTH (not read at all). */
export interface MinerJson {
  json: unknown;
  tooDeep: boolean;
}

/**
 * Reads a miner reply within the bounds of reply-bounds.ts: a reply nested deeper than MAX_REPLY_DEPTH is refused before
 * any repair or JSON.parse; what parses has every array and object cut to MAX_REPLY_ELEMENTS.
 */
export function readMinerJson(raw: string): MinerJson {
  if (tooDeep(raw)) return { json: null, tooDeep: true };
  const parsed = parseUnbounded(raw);
  if (parsed === null) return { json: null, tooDeep: false };
  const bounded = boundParsed(parsed);
  return bounded.ok ? { json: bounded.value, tooDeep: false } : { json: null, tooDeep: true };
}

/** Parses a miner reply (see readMinerJson): as is, then repaired, then truncated to the last complete member. null if hopeless or too deep. */
export const parseMinerJson = (raw: string): unknown => readMinerJson(raw).json;

function parseUnbounded(raw: string): unknown {
  const asIs = tryParse(raw.split(NUL).join('').trim());
  if (asIs !== undefined) return asIs;
  // Repairs only for a reply that does not parse as sent (most do): they cost a pass per character.
  const repaired = repairJson(raw);
  const attempts = [repaired];
  if (!repaired.endsWith('}')) {
    const cut = repaired.lastIndexOf(',');
    if (cut > 0) attempts.push(`${repaired.slice(0, cut)}}`, `${repaired.slice(0, cut)}]}`);
  }
  for (const text of attempts) {
    const parsed = tryParse(text);
    if (parsed !== undefined) return parsed;
  }
  return null;
}

/** JSON.parse of an object or array text; undefined when it is neither or does not parse. */
function tryParse(text: string): unknown {
  if (!text.startsWith('{') && !text.startsWith('[')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Raw newlines and tabs inside strings (Whatsminer versions, "Antminer S9\nV1.3.58") become escapes, so they survive. */
function escapeControlsInStrings(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '"' && text[i - 1] !== '\\') inString = !inString;
    if (inString && (ch === '\n' || ch === '\r' || ch === '\t')) out += ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : '\\t';
    else out += ch;
  }
  return out;
}
