/**
 * The catalogue id a match names when it is one model: an exact or probable match. A family match ("some RX 580") or
 * an unrecognised device names none. Written once; the judge's profile, Compare, the inventory and the CLI ask here.
 */
export const recognisedId = (match: { id: string | null; level: string }): string | null => (match.id && (match.level === 'exact' || match.level === 'probable') ? match.id : null);
