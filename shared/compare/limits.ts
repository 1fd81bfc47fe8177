/** How many devices one comparison shows side by side. */
export const MIN_SUBJECTS = 2;
export const MAX_SUBJECTS = 6;

export class CompareCountError extends Error {}

/** Refuses fewer than 2 or more than 6 subjects, saying how many were given. */
export function checkSubjectCount(count: number): void {
  if (count < MIN_SUBJECTS || count > MAX_SUBJECTS)
    throw new CompareCountError(`A comparison needs ${MIN_SUBJECTS} to ${MAX_SUBJECTS} devices; got ${count}`);
}
