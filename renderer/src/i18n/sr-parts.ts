/** A piece of a translated text, and whether only screen readers get it. */
export interface SrPart {
  text: string;
  sr: boolean;
}

/**
 * Splits a translated text at its `<sr>…</sr>` markers ("Add <sr>RTX 3090</sr> to comparison"): the marked words are
 * for screen readers only, the rest is on screen, in the order the language puts them. A cheap stand-in for <Trans>,
 * which costs about a millisecond per use — too much for a list of sixty buttons. Unmarked text is one visible part.
 */
export function srParts(text: string): SrPart[] {
  const parts: SrPart[] = [];
  let rest = text;
  for (;;) {
    const open = rest.indexOf('<sr>');
    const close = open < 0 ? -1 : rest.indexOf('</sr>', open + 4);
    if (open < 0 || close < 0) break;
    if (open > 0) parts.push({ text: rest.slice(0, open), sr: false });
    parts.push({ text: rest.slice(open + 4, close), sr: true });
    rest = rest.slice(close + 5);
  }
  if (rest !== '') parts.push({ text: rest, sr: false });
  return parts;
}
