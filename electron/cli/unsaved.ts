/** What main.ts needs to know after any command: whether opened settings hold a result that could not be saved. */
let opened: { saveProblem: string | null; unsaved: number } | null = null;

export function noteOpened(settings: { saveProblem: string | null; unsaved: number }): void {
  opened = settings;
}

/** A command whose result could not be saved still printed it; this says so after it (the exit code is the command's). */
export function warnUnsaved(): void {
  if (opened?.saveProblem && opened.unsaved > 0) process.stderr.write(`warning: the result was not saved. ${opened.saveProblem}\n`);
}
