/** Whole years since the catalogue's release year (the catalogue records the year only), never negative. */
export const ageYears = (releaseYear: number, now: Date): number => Math.max(0, now.getUTCFullYear() - releaseYear);
