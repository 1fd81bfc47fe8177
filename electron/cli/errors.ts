/** The CLI's own error kinds, in a module of their own so that main.ts maps them to exit codes without loading any command. */
export class UnknownHardwareError extends Error {}

export class NeedsConfirmationError extends Error {}
