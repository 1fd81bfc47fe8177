/** The part of AbortSignal RigShift uses, declared here so shared/ needs neither DOM nor Node types. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export const neverAborted: AbortSignalLike = { aborted: false, addEventListener: () => undefined, removeEventListener: () => undefined };
